/** The school the portal serves, as the public health check describes it. */
export interface School {
  id: string;
  name: string;
  kind: string;
  timeZone: string;
  locale: string;
}
