/**
 * People's names for the sample organisation, and the ASCII slugs their e-mail addresses are made
 * from. The pools mix scripts and diacritics on purpose (Åsa Öberg, José Núñez, 李雷, Zoë) so that
 * every reader and writer downstream meets real-world names in its own tests. No name contains a
 * comma, so the sample's CSV files need no quoting and simple test parsers can split on ','.
 */
import type { Random } from './random.js';

/** A name part written in a non-Latin script, with the romanisation used for its e-mail address. */
type Romanised = readonly [written: string, ascii: string];
/** A Latin-script part is slugged directly; others carry their own romanisation. */
type NamePart = string | Romanised;

interface NamePool {
  /** Relative share of the organisation with names from this pool. */
  readonly weight: number;
  /** Chinese, Japanese and Korean names are written family name first, without a space. */
  readonly familyFirst: boolean;
  readonly given: readonly NamePart[];
  readonly family: readonly NamePart[];
}

// Weights loosely follow a large UK public-sector workforce; the smaller pools are there so that
// every script and diacritic appears even in a few hundred people.
const POOLS: readonly NamePool[] = [
  {
    weight: 52,
    familyFirst: false,
    given: [
      'Oliver', 'Amelia', 'Jack', 'Olivia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Emily', 'Charlie', 'Sophie',
      'Thomas', 'Grace', 'James', 'Lily', 'William', 'Freya', 'Joshua', 'Ella', 'Daniel', 'Chloe', 'Samuel', 'Hannah',
      'Matthew', 'Jessica', 'David', 'Sarah', 'Michael', 'Rachel', 'Paul', 'Helen', 'Mark', 'Claire', 'Andrew', 'Karen',
      'Stephen', 'Alison', 'Richard', 'Nicola', 'Gareth', 'Rhiannon', 'Callum', 'Eilidh', 'Aidan', 'Niamh', 'Rhys',
      'Megan', 'Siân', 'Seán', 'Dafydd', 'Aoife', 'Ciarán', 'Róisín',
    ],
    family: [
      'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
      'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
      'Clarke', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'King',
      'Baker', 'Harrison', 'Morgan', 'Allen', "O'Neill", "O'Connor", 'Macdonald', 'Campbell', 'Murphy', 'Kelly',
      'Price', 'Bennett', 'Griffiths', 'Lloyd-Evans', 'Ó Briain', 'Mac Giolla',
    ],
  },
  {
    weight: 12,
    familyFirst: false,
    given: [
      'Priya', 'Arjun', 'Aisha', 'Mohammed', 'Fatima', 'Ravi', 'Sunita', 'Imran', 'Anjali', 'Sanjay', 'Nadia',
      'Harpreet', 'Gurpreet', 'Zainab', 'Omar', 'Yusuf', 'Amara', 'Chidi', 'Ngozi', 'Kwame', 'Adaeze', 'Tendai',
    ],
    family: [
      'Patel', 'Shah', 'Sharma', 'Singh', 'Kaur', 'Khan', 'Ahmed', 'Hussain', 'Iqbal', 'Chaudhry', 'Mistry', 'Begum',
      'Rahman', 'Okafor', 'Mensah', 'Adeyemi', 'Mwangi', 'Osei',
    ],
  },
  {
    weight: 4,
    familyFirst: false,
    given: ['Åsa', 'Björn', 'Sören', 'Øystein', 'Ingrid', 'Maja', 'Lars', 'Kirsti', 'Sigrún', 'Päivi', 'Jyrki', 'Åke'],
    family: [
      'Öberg', 'Sjöberg', 'Lindqvist', 'Ångström', 'Søndergaard', 'Bjørnstad', 'Nyström', 'Åberg', 'Hämäläinen', 'Virtanen',
    ],
  },
  {
    weight: 6,
    familyFirst: false,
    given: ['José', 'María', 'Lucía', 'Sofía', 'Andrés', 'Nicolás', 'Inés', 'Raúl', 'João', 'Conceição', 'Martín', 'Begoña'],
    family: ['Núñez', 'García', 'Fernández', 'Peña', 'Ibáñez', 'Muñoz', 'González', 'Gómez', 'Gonçalves', 'Magalhães', 'Álvarez'],
  },
  {
    weight: 4,
    familyFirst: false,
    given: ['Zoë', 'Chloé', 'Noël', 'François', 'Hélène', 'Léa', 'Théo', 'Amélie', 'Loïc', 'Anaïs', 'Gaël', 'Maëlle'],
    family: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Lemaître', 'Côté', 'Fournier', 'Mercier', 'Rousseau', 'de la Cruz'],
  },
  {
    weight: 5,
    familyFirst: false,
    given: ['Łukasz', 'Zofia', 'Wojciech', 'Małgorzata', 'Paweł', 'Agnieszka', 'Jiří', 'Tomáš', 'Kateřina', 'Grzegorz', 'Zuzana'],
    family: ['Nowak', 'Wójcik', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wróbel'],
  },
  {
    weight: 3,
    familyFirst: false,
    given: ['Ayşe', 'Mehmet', 'Çağla', 'Özlem', 'Gökhan', 'Şule', 'İbrahim', 'Eren'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan'],
  },
  {
    weight: 3,
    familyFirst: false,
    given: [
      ['Олена', 'olena'], ['Тарас', 'taras'], ['Ірина', 'iryna'], ['Андрій', 'andrii'], ['Оксана', 'oksana'], ['Богдан', 'bohdan'],
    ],
    // Ukrainian family names in -enko and -uk are the same for every gender.
    family: [
      ['Шевченко', 'shevchenko'], ['Коваленко', 'kovalenko'], ['Бондаренко', 'bondarenko'], ['Ткаченко', 'tkachenko'],
      ['Мельник', 'melnyk'], ['Поліщук', 'polishchuk'],
    ],
  },
  {
    weight: 4,
    familyFirst: true,
    given: [
      ['雷', 'lei'], ['伟', 'wei'], ['芳', 'fang'], ['静', 'jing'], ['明', 'ming'], ['丽', 'li'], ['强', 'qiang'], ['婷', 'ting'],
      ['子涵', 'zihan'], ['浩然', 'haoran'], ['欣怡', 'xinyi'], ['俊杰', 'junjie'],
    ],
    family: [
      ['李', 'li'], ['王', 'wang'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
      ['周', 'zhou'], ['吴', 'wu'],
    ],
  },
  {
    weight: 1.5,
    familyFirst: true,
    given: [['花子', 'hanako'], ['健太', 'kenta'], ['陽菜', 'hina'], ['翔', 'sho'], ['美咲', 'misaki'], ['大輔', 'daisuke']],
    family: [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['渡辺', 'watanabe'], ['伊藤', 'ito']],
  },
  {
    weight: 1.5,
    familyFirst: true,
    given: [['민준', 'minjun'], ['서연', 'seoyeon'], ['지호', 'jiho'], ['하은', 'haeun'], ['도윤', 'doyun'], ['수아', 'sua']],
    family: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang']],
  },
  {
    weight: 2,
    familyFirst: false,
    given: [['ليلى', 'layla'], ['عمر', 'omar'], ['يوسف', 'yusuf'], ['مريم', 'maryam'], ['خالد', 'khalid'], ['نور', 'nour']],
    family: [['حداد', 'haddad'], ['نصر', 'nasr'], ['خوري', 'khoury'], ['عيسى', 'issa'], ['سعيد', 'saeed'], ['منصور', 'mansour']],
  },
  {
    weight: 1.5,
    familyFirst: false,
    given: [['प्रिया', 'priya'], ['अर्जुन', 'arjun'], ['अनीता', 'anita'], ['राहुल', 'rahul'], ['दीपिका', 'deepika'], ['विकास', 'vikas']],
    family: [['शर्मा', 'sharma'], ['वर्मा', 'verma'], ['गुप्ता', 'gupta'], ['सिंह', 'singh'], ['जोशी', 'joshi'], ['मेहता', 'mehta']],
  },
];

const POOL_WEIGHTS = POOLS.map((pool) => pool.weight);

/** A generated name and the stem of its e-mail address (`given.family`, ASCII). */
export interface GeneratedName {
  readonly name: string;
  readonly emailStem: string;
}

/** Picks a plausible full name. */
export function pickPersonName(random: Random): GeneratedName {
  const pool = POOLS[random.weighted(POOL_WEIGHTS)];
  const given = random.pick(pool.given);
  const family = random.pick(pool.family);
  const name = pool.familyFirst ? written(family) + written(given) : `${written(given)} ${written(family)}`;
  return { name, emailStem: `${ascii(given)}.${ascii(family)}` };
}

function written(part: NamePart): string {
  return typeof part === 'string' ? part : part[0];
}

function ascii(part: NamePart): string {
  return typeof part === 'string' ? asciiSlug(part) : part[1];
}

// Letters that Unicode decomposition leaves alone because they are letters of their own, not a
// base letter plus an accent.
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i',
};

/**
 * Lower-case ASCII form of a Latin-script name for an e-mail address: accents dropped
 * (Núñez → nunez, Øystein → oystein), apostrophes removed (O'Neill → oneill), and any other run
 * of non-alphanumerics turned into one hyphen (Ó Briain → o-briain).
 */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßđłþðı]/g, (letter) => OWN_LETTERS[letter])
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
