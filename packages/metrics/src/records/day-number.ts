// Internal: the day number of a date-only value, or NaN, read straight from its characters (the
// model's parser, which runs several times for every record of every report).
export { dayNumberOrNaN } from '@antislavery/model';
