import { ApiError } from '../shell/http/api-errors';
import { type FetchFromServer, send } from '../shell/http/exchange';
import type { DeleteJson, GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type {
  Candidate,
  GroupPage,
  Membership,
  NewAttachment,
  NewGroup,
  SharedDocument,
  TopicPosts,
  UploadForm,
  WorkGroup,
} from './group-types';

type Post = <T>(path: string) => Promise<T>;

const groupPath = (groupId: string) => `/api/work-groups/${segment(groupId)}`;

/** The calls of the group pages: one's groups, a group's members, documents and discussion. */
export const workGroupsApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  post: Post,
  deleteJson: DeleteJson,
  fetchFromServer: FetchFromServer,
) => {
  /**
   * Posts a file with the form the API signed. The form lives on the storage's origin: the access token must not
   * travel there, nor any cookie.
   */
  const uploadWithForm = async (form: UploadForm, file: Blob) => {
    const body = new FormData();
    for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
    body.append('file', file);
    const response = await send(fetchFromServer, form.url, { method: 'POST', body, credentials: 'omit' });
    if (!response.ok) throw new ApiError(response.status, '');
  };

  return {
    workGroups: async (signal?: AbortSignal) =>
      (await getJson<{ groups: Membership[] }>('/api/work-groups', signal)).groups,

    workGroup: (groupId: string, signal?: AbortSignal) => getJson<GroupPage>(groupPath(groupId), signal),

    createWorkGroup: (group: NewGroup) => postJson<GroupPage>('/api/work-groups', group),

    groupCandidates: async (name: string, signal?: AbortSignal) =>
      (await getJson<{ people: Candidate[] }>(`/api/work-groups/candidates?${queryOf({ name })}`, signal))
        .people,

    addGroupMembers: (groupId: string, personIds: string[]) =>
      postJson<GroupPage>(`${groupPath(groupId)}/members`, { personIds }),

    /** Declares the file, uploads it with the signed form, then shares it once the API has checked it. */
    shareGroupFile: async (groupId: string, file: File) => {
      const declared: NewAttachment = {
        name: file.name,
        contentType: (file.type || 'application/octet-stream') as NewAttachment['contentType'],
        size: file.size,
      };
      const { document, upload } = await postJson<{ document: { id: string }; upload: UploadForm }>(
        `${groupPath(groupId)}/documents`,
        declared,
      );
      await uploadWithForm(upload, file);
      return (
        await post<{ document: SharedDocument }>(
          `${groupPath(groupId)}/documents/${segment(document.id)}/share`,
        )
      ).document;
    },

    groupDocumentUrl: async (groupId: string, documentId: string) =>
      (await getJson<{ url: string }>(`${groupPath(groupId)}/documents/${segment(documentId)}`)).url,

    removeGroupDocument: (groupId: string, documentId: string) =>
      deleteJson<void>(`${groupPath(groupId)}/documents/${segment(documentId)}`),

    startGroupTopic: (groupId: string, title: string, text: string) =>
      postJson<unknown>(`${groupPath(groupId)}/topics`, { title, text }),

    groupTopic: (groupId: string, topicId: string, signal?: AbortSignal) =>
      getJson<TopicPosts>(`${groupPath(groupId)}/topics/${segment(topicId)}`, signal),

    allowGroupMiniSite: async (groupId: string, allowed: boolean) =>
      (await putJson<{ miniSite: WorkGroup['miniSite'] }>(`${groupPath(groupId)}/mini-site`, { allowed }))
        .miniSite,

    publishGroupMiniSite: async (groupId: string) =>
      (await post<{ miniSite: WorkGroup['miniSite'] }>(`${groupPath(groupId)}/mini-site/publish`)).miniSite,

    postInGroupTopic: (groupId: string, topicId: string, text: string) =>
      postJson<unknown>(`${groupPath(groupId)}/topics/${segment(topicId)}/posts`, { text }),
  };
};
