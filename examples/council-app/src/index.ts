// The service: a node:http server, or its request handler to mount elsewhere

export {
  type CouncilAppOptions,
  councilRequestHandler,
  createCouncilApp,
  type RequestLogEntry,
  ROUTE_PATHS,
  type RoutePath,
} from './council-app.js';

// Errors: the stable codes every error answer carries

export { type ErrorBody, REQUEST_ERRORS, type RequestErrorCode } from './request-errors.js';

// What each route takes and answers

export { type PathwayRequest, pathwayRoute } from './routes/pathway-route.js';
export { type ReportRequest, reportRoute } from './routes/report-route.js';
export {
  type ManyRecordsAnswer,
  type OneRecordAnswer,
  RECORD_KINDS,
  type RecordKind,
  type RecordVerdict,
  validateRoute,
} from './routes/validate-route.js';

// Reading the body, answering, and starting from the environment

export { DEFAULT_MAX_BODY_BYTES, isJsonMediaType, type JsonBody, readJsonBody } from './read-json-body.js';
export { errorReply, htmlReply, jsonReply, type Reply } from './reply.js';
export { requestBodyError, requestIssues } from './request-issues.js';
export { DEFAULT_PORT, readServerConfig, type ServerConfig } from './server-config.js';
