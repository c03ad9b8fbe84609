import { calendarDateSchema } from '#domain/shared/input-types';
import { candidatesQuerySchema } from '#domain/time/candidates';
import { staffContractBodySchema } from '#domain/time/contract';
import { shiftUpdateSchema, shiftVersionQuerySchema } from '#domain/time/plan-shift';
import { weekQuerySchema } from '#domain/time/read-team-week';
import { shiftInputSchema } from '#domain/time/shift';
import { apiModule, del, get, post, put, read, write } from './route';

const week = { monday: calendarDateSchema };

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
]);
