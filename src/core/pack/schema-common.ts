/**
 * Building blocks of the manifest schema. A message that is an error code (`pack/…`) is
 * turned into that code by parse-manifest.ts; anything else becomes `pack/invalid-manifest`.
 */
import * as v from 'valibot';

/** Letters, digits, `.`, `_`, `-`; starts with a letter or digit. Safe in URLs, keys and logs. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** BCP 47 shaped: `ar`, `fr`, `en`, `zgh`, `ar-MA`, `fr-Latn-CA`. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Semantic Versioning 2.0.0, as given on semver.org. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Under `media/`, plain ASCII segments that never start with a dot (so no `.`, `..`, hidden files). */
export const MEDIA_PATH_PATTERN = /^media\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export const idSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'pack/bad-id'));
export const languageSchema = v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'pack/bad-language'));
export const versionSchema = v.pipe(v.string(), v.regex(SEMVER_PATTERN, 'pack/bad-version'));
export const mediaPathSchema = v.pipe(
  v.string(),
  v.maxLength(200, 'pack/bad-media-path'),
  v.regex(MEDIA_PATH_PATTERN, 'pack/bad-media-path'),
);

const nonEmptyText = v.pipe(v.string(), v.minLength(1));

/**
 * Text in each language, `{ "ar": "…", "fr": "…" }`. Which keys must be there depends on
 * the pack's declared languages, so check-semantics.ts checks them.
 */
export const localizedSchema = v.record(v.string(), nonEmptyText);
/** One media file per language, for some of the declared languages. */
export const localizedMediaSchema = v.record(v.string(), mediaPathSchema);

const masteryNumber = v.pipe(
  v.number(),
  v.integer('pack/bad-mastery'),
  v.minValue(1, 'pack/bad-mastery'),
  v.maxValue(100, 'pack/bad-mastery'),
);
/** Mastered when at least `m` of the last `n` answers on a skill are correct. */
export const masterySchema = v.strictObject({ m: masteryNumber, n: masteryNumber });
