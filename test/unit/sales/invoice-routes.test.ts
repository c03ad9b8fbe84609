import { describe, expect, it } from 'vitest';
import { salesPaths, salesRouteOf } from '../../../web/src/sales/sales-routes';

const routeOf = (address: string) => {
  const url = new URL(address, 'https://preau.example');
  return salesRouteOf(url.pathname, url.searchParams);
};

describe('the invoices’ pages addresses', () => {
  it('opens the list of one state, all of them without one', () => {
    expect(routeOf(salesPaths.salesInvoices('draft'))).toEqual({ page: 'sales-invoices', status: 'draft' });
    expect(routeOf(salesPaths.salesInvoices())).toEqual({ page: 'sales-invoices', status: '' });
  });

  it('opens an invoice’s sheet and keeps its payments page apart', () => {
    expect(routeOf(salesPaths.salesInvoice('inv/1 é'))).toEqual({
      page: 'sales-invoice',
      invoiceId: 'inv/1 é',
    });
    expect(routeOf(salesPaths.salesPayments('inv-1'))).toEqual({
      page: 'sales-payments',
      invoiceId: 'inv-1',
    });
    expect(routeOf('/ventes/factures/%E0%A4%A')).toBeUndefined();
  });
});
