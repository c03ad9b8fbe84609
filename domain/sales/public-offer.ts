import { type Agreement, agreementOf, type OfferSlot, offerSlots, type SchoolLetterhead } from './agreement';
import { openOffer } from './answer-offer';
import type { OfferAnswer } from './offer';
import type { QuoteAnswerPorts } from './quote-answers';
import type { Quote, SaleLine, SaleTotals } from './sales';

/** What the client's page shows: the school, the quote's terms, the agreement, and their answer once given. */
export interface PublicOffer {
  school: SchoolLetterhead;
  quote: Pick<Quote, 'number' | 'issueDate' | 'validUntil' | 'status' | 'title'> & {
    client: { legalName: string };
    lines: Omit<SaleLine, 'slotIndex' | 'extraId'>[];
    totals: SaleTotals;
    slots: OfferSlot[];
  };
  agreement: Agreement;
  expiresAt: string;
  answer?: OfferAnswer;
}

/** The quote a client's link opens, as the public may read it: the client's own terms, no person of the school. */
export const publicOffer = async (
  token: string,
  ports: QuoteAnswerPorts,
  school: SchoolLetterhead,
): Promise<PublicOffer> => {
  const { offer, quote } = await openOffer(token, ports);
  const slots = await slotsOf(quote, ports);
  return {
    school,
    quote: {
      number: quote.number,
      issueDate: quote.issueDate,
      validUntil: quote.validUntil,
      status: quote.status,
      ...(quote.title && { title: quote.title }),
      client: { legalName: quote.client.legalName },
      lines: quote.lines.map(({ slotIndex: _slot, extraId: _extra, ...line }) => line),
      totals: quote.totals,
      slots,
    },
    agreement: agreementOf(quote, school, slots),
    expiresAt: offer.expiresAt,
    ...(offer.answer && { answer: offer.answer }),
  };
};

/** The quote's slots with the names of their places, in the school's zone. */
export const slotsOf = async (quote: Quote, ports: QuoteAnswerPorts) => {
  const placeIds = [...new Set(quote.slots.map((slot) => slot.placeId))];
  const places = await ports.planning.directory.places(placeIds);
  const names = new Map(places.map((place) => [place.id, place.name]));
  return offerSlots(quote, names, ports.planning.school.timeZone);
};
