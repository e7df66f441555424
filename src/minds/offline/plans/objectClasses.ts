import type { PlaceKind } from '../../../sim/world/places';

/**
 * What people do with the objects of a place, by role. Staff use the working objects (counter,
 * oven, workbench, lectern, shelves to restock); visitors use the public ones (tables, benches,
 * shelves to browse); learners take a seat. Object classes are general furniture words; which
 * class a person works at follows the overlap of their occupation's words with the class.
 * Templates: {o} the object, {t} the occupation's subject ("chemistry"), {c} the clientele.
 */
export interface ObjectClass {
  re: RegExp;
  /** Staff uses, by place kind ('*' for any). */
  staff: Partial<Record<PlaceKind | '*', string[]>>;
  visitor: string[];
  emoji: string;
  /** Word beginnings of occupations and trades that work this object. */
  affinity: string[];
  /** Only people whose occupation fits use it at work (a lectern is for the teacher). */
  skilled?: boolean;
  /** A place to sit (visitors prefer arenas with these). */
  seat?: boolean;
}

export const CLASSES: ObjectClass[] = [
  {
    re: /coffee|espresso|tea urn/,
    staff: {
      '*': [
        'pulling espressos at the {o}',
        'brewing a fresh pot at the {o}',
        'steaming milk at the {o}',
        'descaling the {o}',
      ],
    },
    visitor: [],
    emoji: '☕',
    affinity: ['coffe', 'baris', 'espre'],
  },
  {
    re: /oven/,
    staff: {
      '*': [
        'baking a tray of bread in the {o}',
        'taking pastries out of the {o}',
        'checking the loaves in the {o}',
      ],
    },
    visitor: [],
    emoji: '🍞',
    affinity: ['bake', 'baker', 'bakin', 'pastr', 'bread'],
  },
  {
    re: /stove|grill|hob\b|fryer/,
    staff: {
      '*': [
        'cooking a batch of soup on the {o}',
        'simmering a sauce on the {o}',
        'warming pastries by the {o}',
        'kneading dough by the {o}',
      ],
    },
    visitor: [],
    emoji: '🍳',
    affinity: ['bake', 'baker', 'bakin', 'cook', 'chef', 'pastr', 'bread', 'kitch'],
  },
  {
    re: /bar counter|taps?\b|beer/,
    staff: {
      '*': [
        'pouring a pint at the {o}',
        'mixing a drink at the {o}',
        'polishing glasses at the {o}',
        'changing a keg behind the {o}',
      ],
    },
    visitor: ['ordering a drink at the {o}'],
    emoji: '🍺',
    affinity: ['barte', 'barma', 'publi', 'drink'],
  },
  {
    re: /checkout|register|till\b|cash/,
    staff: {
      '*': [
        'ringing up a basket at the {o}',
        'counting the float at the {o}',
        'bagging shopping at the {o}',
        'chatting with a {c} at the {o}',
      ],
    },
    visitor: ['paying at the {o}'],
    emoji: '🧾',
    affinity: ['groce', 'cashi', 'shopk', 'sales', 'clerk'],
  },
  {
    re: /counter|reception/,
    staff: {
      eatery: [
        'taking an order at the {o}',
        'plating a slice of cake at the {o}',
        'handing over a takeaway at the {o}',
        'wiping down the {o}',
      ],
      bar: ['taking an order at the {o}', 'wiping down the {o}'],
      shop: [
        'helping a {c} at the {o}',
        'writing up a receipt at the {o}',
        'wrapping a purchase at the {o}',
        "answering a {c}'s question at the {o}",
      ],
      '*': [
        'helping a {c} at the {o}',
        'sorting paperwork at the {o}',
        "answering a {c}'s question at the {o}",
      ],
    },
    visitor: ['ordering at the {o}', 'waiting at the {o}'],
    emoji: '🧑‍🍳',
    affinity: ['owner', 'manag', 'cashi', 'recep', 'serve', 'waite', 'pharm', 'dispe', 'baris'],
    // Serving over the counter is for those whose job it is (not the baker at the oven).
    skilled: true,
  },
  {
    re: /bookshel|bookcase|stacks|archive/,
    staff: {
      '*': [
        'shelving returned books on the {o}',
        'cataloguing books from the {o}',
        'tidying the {o}',
        'looking up {t} references on the {o}',
      ],
    },
    visitor: ['browsing the {o}', 'picking a book from the {o}'],
    emoji: '📚',
    affinity: ['libra', 'book', 'archi', 'catal', 'profe', 'lectu', 'resea'],
  },
  {
    re: /shel|rack|display|stand/,
    staff: {
      '*': [
        'restocking the {o}',
        'checking stock on the {o}',
        'facing up the {o}',
        'pricing new stock on the {o}',
      ],
    },
    visitor: ['browsing the {o}', 'looking over the {o}'],
    emoji: '📦',
    affinity: ['stock', 'groce', 'shopk', 'manag', 'pharm', 'merch', 'assis'],
  },
  {
    re: /workbench|anvil|lathe|toolbox|vise/,
    staff: {
      '*': [
        'fixing a lamp at the {o}',
        'sharpening tools at the {o}',
        'cutting a key at the {o}',
        'mending a hinge at the {o}',
      ],
    },
    visitor: [],
    emoji: '🔧',
    affinity: ['repai', 'mecha', 'hardw', 'carpe', 'smith', 'joine', 'fixer', 'assis', 'owner'],
  },
  {
    re: /lectern|podium|pulpit|blackboard|whiteboard|chalkboard/,
    staff: {
      '*': [
        'lecturing on {t} from the {o}',
        'writing {t} formulas on the {o}',
        'explaining a {t} problem at the {o}',
        'taking questions at the {o}',
      ],
    },
    visitor: [],
    emoji: '🧑‍🏫',
    affinity: ['teach', 'profe', 'lectu', 'tutor', 'instr'],
    skilled: true,
  },
  {
    re: /meeting table|conference/,
    staff: {
      '*': [
        'meeting colleagues at the {o}',
        'going over {t} figures at the {o}',
        'sorting {t} files at the {o}',
      ],
    },
    visitor: ['waiting at the {o}'],
    emoji: '🗂️',
    affinity: ['offic', 'clerk', 'budge', 'counc', 'admin', 'secre', 'manag'],
  },
  {
    re: /desk/,
    staff: {
      '*': [
        'going through {t} paperwork at the {o}',
        'answering {t} letters at the {o}',
        'reading up on {t} at the {o}',
        'filing {t} papers at the {o}',
        'drafting {t} notes at the {o}',
      ],
    },
    visitor: ['writing at the {o}', 'reading at the {o}'],
    emoji: '📝',
    affinity: ['offic', 'clerk', 'budge', 'profe', 'lectu', 'write', 'accou', 'secre', 'admin'],
  },
  {
    re: /garden|flower|planter|lawn|hedge|tree/,
    staff: {
      '*': [
        'weeding the {o}',
        'planting bulbs in the {o}',
        'watering the {o}',
        'raking leaves around the {o}',
      ],
    },
    visitor: ['admiring the flowers in the {o}'],
    emoji: '🌷',
    affinity: ['garde', 'groun', 'plant', 'lands', 'horti'],
  },
  {
    re: /fountain|pond|pool/,
    staff: { '*': ['clearing leaves from the {o}', 'checking the pump of the {o}'] },
    visitor: ['watching the {o}', 'sitting by the {o}'],
    emoji: '⛲',
    affinity: ['garde', 'groun', 'maint'],
  },
  {
    re: /piano|organ|guitar|drum/,
    staff: { '*': ['playing a tune on the {o}'] },
    visitor: ['playing a tune on the {o}'],
    emoji: '🎹',
    affinity: ['music', 'piani', 'singe', 'organ'],
    skilled: true,
  },
  {
    re: /table|chair|stool|seat|sofa|couch|bench|pew/,
    staff: {
      eatery: ['clearing {o}', 'bringing an order to {o}', 'serving {c}s at {o}'],
      bar: [
        'collecting empty glasses from {o}',
        'bringing a round to {o}',
        'wiping {o} between rounds',
      ],
      park: ['painting {o}', 'sweeping around {o}'],
    },
    visitor: ['sitting at {o}', 'resting at {o}'],
    emoji: '🪑',
    affinity: ['waite', 'serve', 'baris', 'barte', 'owner'],
    // Only those who serve wait on tables (not the baker); visitors sit.
    skilled: true,
    seat: true,
  },
];
