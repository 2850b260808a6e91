export { parseRosterCsv, ROSTER_MAX_BYTES, ROSTER_MAX_ROWS, type ParsedRoster, type RosterRow, type RosterRowReport } from './parse-roster-csv';
export { checkRosterNames, learnerNameKey, MAX_LEARNER_NAME_LENGTH, type RosterRowProblem } from './check-roster-names';
