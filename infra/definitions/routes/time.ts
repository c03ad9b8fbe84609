import { calendarDateSchema } from '#domain/shared/input-types';
import { approvalInputSchema, reopeningInputSchema } from '#domain/time/approve-week';
import { candidatesQuerySchema } from '#domain/time/candidates';
import { staffContractBodySchema } from '#domain/time/contract';
import { monthQuerySchema } from '#domain/time/payroll-export';
import { shiftUpdateSchema, shiftVersionQuerySchema } from '#domain/time/plan-shift';
import { weekQuerySchema } from '#domain/time/read-team-week';
import { totalsQuerySchema } from '#domain/time/read-time-totals';
import { actualHoursInputSchema } from '#domain/time/record-hours';
import { shiftInputSchema } from '#domain/time/shift';
import { apiModule, del, get, post, put, read, write } from './route';

const week = { monday: calendarDateSchema };
// T2 hours, approval, exports
const csv = 'text/csv; charset=utf-8';

// biome-ignore format: one line a route, the index of the module
export const timeRoutes = apiModule('time', 'Technical staff’s time: contracts, shifts checked against each contract’s rules as they are planned, candidates, the team’s week', [
  // T1 contracts and shifts
  put('/api/time/people/{personId}/contract', 'time/put-contract', { needs: write, body: staffContractBodySchema, summary: 'A planner gives a technician their contract (kind, rulebook, weekly hours, skills, hourly rate): it replaces the one from the same day, and puts the person in the team' }),
  get('/api/time/team', 'time/get-team', { needs: read, summary: 'The technical team, by name, each with the contract in force: one query' }),
  get('/api/time/candidates', 'time/get-candidates', { needs: read, query: candidatesQuerySchema, summary: 'Who may take a shift: the team members whose contract covers its day, the skilled first, then the free (their planning holds no shift or activity then)' }),
  post('/api/time/shifts', 'time/plan-shift', { needs: write, body: shiftInputSchema, answers: [201], summary: 'Plans a shift, checked against its person’s rules as it is saved (409 shift_breaks_rule with the rule and figures, unless an exception the rulebook allows has a reason; 409 person_busy; 409 week_approved): two DynamoDB calls' }),
  put('/api/time/shifts/{shiftId}', 'time/change-shift', { needs: write, body: shiftUpdateSchema, summary: 'Changes a shift on the version read (412 stale_version otherwise), checked again as when planned' }),
  del('/api/time/shifts/{shiftId}', 'time/remove-shift', { needs: write, query: shiftVersionQuerySchema, answers: [204], summary: 'Removes a shift on the version read: off its day and week, its planning freed; refused in an approved week' }),
  get('/api/time/weeks/{monday}', 'time/get-week', { needs: read, params: week, query: weekQuerySchema, summary: 'The team’s week (or one person’s; a technician reads their own): shifts with the rules they exceed by exception, planned and actual minutes, approval: three DynamoDB calls for the team' }),
  get('/api/time/projects/{projectId}/shifts', 'time/get-project-shifts', { needs: read, summary: 'A production’s or project’s shifts, by start: one query' }),
  // T2 hours, approval, exports
  put('/api/time/shifts/{shiftId}/actual', 'time/record-hours', { needs: write, body: actualHoursInputSchema, summary: 'Enters what was worked on a shift, beside the plan (a technician their own, a planner anyone’s), on the version read; its week’s actual minutes move in the same transaction (409 week_approved once the week is approved)' }),
  post('/api/time/weeks/{monday}/approvals', 'time/approve-week', { needs: write, params: week, body: approvalInputSchema, summary: 'Approves people’s week, which locks it: each on the version read, audited, with WeekApproved (409 week_already_approved when all are)' }),
  post('/api/time/weeks/{monday}/reopenings', 'time/reopen-week', { needs: write, params: week, body: reopeningInputSchema, summary: 'Reopens a person’s approved week with a reason kept in the audit trail, with WeekReopened (409 week_not_approved)' }),
  get('/api/time/totals', 'time/get-totals', { needs: read, query: totalsQuerySchema, summary: 'Totals of a person (a technician their own) or of all who worked: the span, its weeks and months, the rolling 12 weeks, planned and actual, with night, Sunday and public-holiday minutes apart' }),
  get('/api/time/projects/{projectId}/totals', 'time/get-project-totals', { needs: read, summary: 'A production’s hours and cost per person and in all, at each contract’s hourly rate (actual hours where entered, planned ones otherwise)' }),
  get('/api/time/exports/payroll.csv', 'time/export-payroll', { needs: read, query: monthQuerySchema, download: csv, summary: 'The month’s hours for payroll as a CSV for French Excel: one line per person, week and kind of hour, with whether the week is approved' }),
  get('/api/time/exports/intermittents.csv', 'time/export-intermittents', { needs: read, query: monthQuerySchema, download: csv, summary: 'The month’s intermittent contracts as a CSV for French Excel: hours worked, or cachets counted alone (12 h) or grouped (8 h a day)' }),
]);
