/**
 * HTTP byte ranges (RFC 9110 §14): parsing `Range` and planning the answer. Pure, so the
 * server and the service worker share one reading of the header.
 */
export { parseByteRange, type ByteRange } from './parse-byte-range';
export { planRangeResponse, type RangePlan, type RangeRequest } from './plan-range-response';
