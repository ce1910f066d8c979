import { MONTH_NAMES } from '../../core/months.ts';
/**
 * English reporting-speech knowledge: the verbs and phrases that introduce speech, the nouns that
 * name anonymous sources and the organs that speak for an actor. This is language knowledge shared
 * by every negotiation (domain names belong in packs), kept apart so it can grow without code changes.
 */

/**
 * How a cue verb may introduce reported (indirect) speech:
 * - 'bare': "X said the plan was dead" (a clause may follow without "that");
 * - 'that': only "X added that …" ("added sanctions" is no speech);
 * - 'tell': an addressee first ("told reporters (that) …");
 * - 'accuse': an object and its complement ("accused Kyiv of stalling");
 * - 'direct': introduces direct quotes only ("asked", "replied").
 */
export type CueClass = 'bare' | 'that' | 'tell' | 'accuse' | 'direct';

export interface CueVerb {
  readonly lemma: string;
  readonly cls: CueClass;
  /** "saying", "adding": the speaker is the subject of the main clause. */
  readonly participle: boolean;
}

/** lemma → [class, inflected forms]. Regular forms are generated; irregular ones listed. */
const VERBS: Record<string, [CueClass, string[]]> = {
  say: ['bare', ['say', 'says', 'said', 'saying']],
  tell: ['tell', ['tell', 'tells', 'told', 'telling']],
  write: ['that', ['write', 'writes', 'wrote', 'writing']],
  claim: ['bare', []],
  insist: ['bare', []],
  argue: ['bare', ['argue', 'argues', 'argued', 'arguing']],
  warn: ['bare', []],
  stress: ['bare', ['stress', 'stresses', 'stressed', 'stressing']],
  assert: ['bare', []],
  maintain: ['bare', []],
  contend: ['bare', []],
  predict: ['bare', []],
  suggest: ['that', []],
  acknowledge: ['bare', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']],
  admit: ['bare', ['admit', 'admits', 'admitted', 'admitting']],
  confirm: ['that', []],
  deny: ['that', ['deny', 'denies', 'denied', 'denying']],
  reiterate: ['bare', ['reiterate', 'reiterates', 'reiterated', 'reiterating']],
  emphasize: ['bare', ['emphasize', 'emphasizes', 'emphasized', 'emphasizing']],
  emphasise: ['bare', ['emphasise', 'emphasises', 'emphasised', 'emphasising']],
  add: ['that', []],
  note: ['that', ['note', 'notes', 'noted', 'noting']],
  post: ['that', []],
  tweet: ['that', []],
  state: ['that', ['state', 'states', 'stated', 'stating']],
  declare: ['that', ['declare', 'declares', 'declared', 'declaring']],
  explain: ['that', []],
  announce: ['that', ['announce', 'announces', 'announced', 'announcing']],
  reply: ['direct', ['reply', 'replies', 'replied', 'replying']],
  respond: ['direct', []],
  answer: ['direct', []],
  ask: ['direct', []],
  remark: ['that', []],
  comment: ['direct', []],
  observe: ['that', ['observe', 'observes', 'observed', 'observing']],
  continue: ['direct', ['continued']],
  recall: ['that', []],
  complain: ['that', []],
  concede: ['that', ['concede', 'concedes', 'conceded', 'conceding']],
  report: ['that', []],
  reveal: ['that', []],
  vow: ['that', []],
  pledge: ['that', ['pledge', 'pledges', 'pledged', 'pledging']],
  promise: ['that', ['promise', 'promises', 'promised', 'promising']],
  caution: ['that', []],
  allege: ['that', ['allege', 'alleges', 'alleged', 'alleging']],
  boast: ['that', []],
  joke: ['direct', ['joke', 'jokes', 'joked', 'joking']],
  quip: ['direct', ['quip', 'quips', 'quipped', 'quipping']],
  retort: ['direct', []],
  counter: ['that', []],
  conclude: ['that', ['conclude', 'concludes', 'concluded', 'concluding']],
  believe: ['that', ['believe', 'believes', 'believed']],
  think: ['that', ['think', 'thinks', 'thought']],
  accuse: ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
  urge: ['accuse', ['urge', 'urges', 'urged', 'urging']],
  // Characterisations that introduce a quoted phrase: "described the plan as a “wish list”".
  describe: ['direct', ['describe', 'describes', 'described', 'describing']],
  call: ['direct', ['call', 'calls', 'called']],
};

function regularForms(lemma: string): string[] {
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

export const CUE_VERBS: ReadonlyMap<string, CueVerb> = (() => {
  const m = new Map<string, CueVerb>();
  for (const [lemma, [cls, forms]] of Object.entries(VERBS)) {
    for (const f of forms.length > 0 ? forms : regularForms(lemma)) {
      m.set(f, { lemma, cls, participle: f.endsWith('ing') });
    }
  }
  return m;
})();

/** Words that, right before a cue verb, make it passive or non-speech ("was told", "is said to"). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set([
  'was',
  'were',
  'been',
  'being',
  'is',
  'are',
  'be',
  'get',
  'got',
]);

/** Channels after a cue that belong to it: "wrote on X", "said in a statement", "told reporters". */
export const CHANNEL_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'via', 'during', 'at']);
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'interview',
  'post',
  'video',
  'address',
  'speech',
  'briefing',
  'conference',
  'remarks',
  'message',
  'tweet',
  'letter',
  'op-ed',
  'telegram',
  'x',
  'twitter',
  'facebook',
  'instagram',
  'media',
  'television',
  'tv',
  'broadcast',
  'podcast',
  'appearance',
  'call',
  'social',
  'truth',
  'platform',
  'channel',
  'radio',
  'session',
]);

/** Heads of noun phrases naming an anonymous source: "a senior Ukrainian official", "sources". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'insider',
  'insiders',
  'negotiator',
  'negotiators',
  'person',
  'people',
  'officer',
  'officers',
  'envoy',
  'envoys',
  'representative',
  'representatives',
  'member',
  'members',
  'lawmaker',
  'lawmakers',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'insiders',
  'staffer',
  'staffers',
  'participant',
  'participants',
  'figure',
  'figures',
  'insider',
]);

/** Organs that speak for the actor named beside them: "the Kremlin's spokesman", "Ukraine's foreign ministry". */
export const ORGAN_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'ministry',
  'government',
  'office',
  'administration',
  'embassy',
  'presidency',
  'service',
  'mission',
  'delegation',
  'cabinet',
  'department',
  'team',
  'campaign',
  'press',
  'secretariat',
  'headquarters',
  'command',
  'staff',
]);

export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it']);
/** First/second person pronouns are never resolved outside a quote: no speaker. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** Words skipped between a subject and its cue: "Peskov on Tuesday also said". */
export const SKIP_BEFORE_CUE: ReadonlySet<string> = new Set([
  'also',
  'later',
  'earlier',
  'then',
  'previously',
  'reportedly',
  'has',
  'had',
  'have',
  'would',
  'will',
  'again',
  'publicly',
  'repeatedly',
  'separately',
  'recently',
  'once',
  'both',
  'on',
  'last',
  'this',
  'late',
  'early',
  'privately',
  'further',
  'simply',
  'just',
  'already',
  'flatly',
  'angrily',
  'bluntly',
  'openly',
  'only',
  'did',
  'does',
  'do',
  'not',
  'never',
  'often',
  'frequently',
  'initially',
  'subsequently',
  'first',
  'shall',
  'could',
  'might',
  'may',
  'must',
  'should',
  'can',
]);

/** Calendar words, for skipping "on Tuesday" next to a cue when no time expression is given. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  ...MONTH_NAMES,
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
]);

/** Prepositions that may join a post-modifier to a source noun: "a source familiar with the talks". */
export const NP_LINK_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'close']);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'prof',
  'pres',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'amb',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'approx',
  'est',
  'fig',
]);
