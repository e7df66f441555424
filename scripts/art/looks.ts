/**
 * The 32 characters of the sheet. The first 25 are designed for the default town's residents
 * (families share skin tones and hair colours); the rest are spare townsfolk.
 */
import { hex } from './canvas';
import type { Look } from './characters';

const SKIN = {
  fair: hex('#ffe0c8'),
  light: hex('#f5c9a4'),
  tan: hex('#dca47a'),
  olive: hex('#c48e62'),
  brown: hex('#9a6444'),
  deep: hex('#6e4531'),
};

const HAIR = {
  black: hex('#2c2430'),
  dark: hex('#4a3026'),
  brown: hex('#7a4a2c'),
  auburn: hex('#9a3e26'),
  ginger: hex('#d97a32'),
  blonde: hex('#ecc65e'),
  platinum: hex('#f2e6bc'),
  grey: hex('#a7a3a8'),
  white: hex('#ebe8e2'),
  pink: hex('#ef8fbc'),
  teal: hex('#3aa5a0'),
};

const C = {
  red: hex('#d0473f'),
  coral: hex('#f07c62'),
  orange: hex('#ee9a3a'),
  yellow: hex('#efc83f'),
  lime: hex('#9bcc48'),
  green: hex('#4f9a52'),
  teal: hex('#2f9c94'),
  sky: hex('#6db4e8'),
  blue: hex('#4470c0'),
  navy: hex('#2e3c6a'),
  purple: hex('#8a5cb8'),
  lavender: hex('#b9a0e0'),
  pink: hex('#f09ab8'),
  white: hex('#f2f0ea'),
  grey: hex('#8a8e98'),
  charcoal: hex('#3f4150'),
  brown: hex('#8a5a3a'),
  khaki: hex('#c8b078'),
  jeans: hex('#4a6aa8'),
  black: hex('#2e2c34'),
  olive: hex('#7a8a44'),
  maroon: hex('#8a3040'),
  mint: hex('#8fd8b8'),
};

export const LOOKS: { id: string; look: Look }[] = [
  {
    id: 'elena-moreno',
    look: {
      skin: SKIN.tan,
      hair: HAIR.dark,
      style: 'long',
      shirt: C.red,
      pants: C.navy,
      skirt: true,
    },
  },
  {
    id: 'tomas-moreno',
    look: {
      skin: SKIN.tan,
      hair: HAIR.black,
      style: 'short',
      shirt: C.teal,
      pants: C.jeans,
      beard: 'full',
    },
  },
  {
    id: 'lucia-moreno',
    look: { skin: SKIN.tan, hair: HAIR.dark, style: 'ponytail', shirt: C.yellow, pants: C.purple },
  },
  {
    id: 'chidi-okafor',
    look: {
      skin: SKIN.deep,
      hair: HAIR.black,
      style: 'short',
      shirt: C.sky,
      pants: C.khaki,
      glasses: true,
    },
  },
  {
    id: 'amara-okafor',
    look: {
      skin: SKIN.deep,
      hair: HAIR.black,
      style: 'curly',
      shirt: C.orange,
      pants: C.green,
      skirt: true,
    },
  },
  {
    id: 'victor-hale',
    look: {
      skin: SKIN.fair,
      hair: HAIR.grey,
      style: 'short',
      shirt: C.brown,
      pants: C.charcoal,
      beard: 'full',
    },
  },
  {
    id: 'june-hale',
    look: {
      skin: SKIN.fair,
      hair: HAIR.blonde,
      style: 'bun',
      shirt: C.lavender,
      pants: C.navy,
      skirt: true,
    },
  },
  {
    id: 'kenji-nakamura',
    look: {
      skin: SKIN.light,
      hair: HAIR.black,
      style: 'spiky',
      shirt: C.navy,
      pants: C.grey,
      glasses: true,
    },
  },
  {
    id: 'yui-nakamura',
    look: {
      skin: SKIN.light,
      hair: HAIR.black,
      style: 'long',
      shirt: C.pink,
      pants: C.white,
      skirt: true,
    },
  },
  {
    id: 'sora-nakamura',
    look: {
      skin: SKIN.light,
      hair: HAIR.black,
      style: 'cap',
      shirt: C.lime,
      pants: C.jeans,
      hat: C.red,
    },
  },
  {
    id: 'liam-brennan',
    look: {
      skin: SKIN.fair,
      hair: HAIR.ginger,
      style: 'short',
      shirt: C.green,
      pants: C.jeans,
      beard: 'full',
    },
  },
  {
    id: 'nora-brennan',
    look: { skin: SKIN.fair, hair: HAIR.auburn, style: 'bob', shirt: C.teal, pants: C.brown },
  },
  {
    id: 'ivan-petrov',
    look: {
      skin: SKIN.fair,
      hair: HAIR.grey,
      style: 'bald',
      shirt: C.grey,
      pants: C.black,
      beard: 'full',
    },
  },
  {
    id: 'mila-petrov',
    look: { skin: SKIN.fair, hair: HAIR.platinum, style: 'long', shirt: C.maroon, pants: C.jeans },
  },
  {
    id: 'tunde-adeyemi',
    look: {
      skin: SKIN.brown,
      hair: HAIR.grey,
      style: 'short',
      shirt: C.yellow,
      pants: C.khaki,
      beard: 'moustache',
    },
  },
  {
    id: 'grace-adeyemi',
    look: {
      skin: SKIN.brown,
      hair: HAIR.grey,
      style: 'bun',
      shirt: C.purple,
      pants: C.yellow,
      skirt: true,
    },
  },
  {
    id: 'rosa-castillo',
    look: { skin: SKIN.olive, hair: HAIR.black, style: 'curly', shirt: C.coral, pants: C.jeans },
  },
  {
    id: 'diego-castillo',
    look: {
      skin: SKIN.olive,
      hair: HAIR.dark,
      style: 'cap',
      shirt: C.white,
      pants: C.brown,
      hat: C.blue,
      beard: 'moustache',
    },
  },
  {
    id: 'harold-whitfield',
    look: {
      skin: SKIN.fair,
      hair: HAIR.white,
      style: 'bald',
      shirt: C.olive,
      pants: C.grey,
      glasses: true,
      beard: 'moustache',
    },
  },
  {
    id: 'anna-kowalski',
    look: { skin: SKIN.fair, hair: HAIR.blonde, style: 'ponytail', shirt: C.mint, pants: C.navy },
  },
  {
    id: 'piotr-kowalski',
    look: {
      skin: SKIN.fair,
      hair: HAIR.brown,
      style: 'beanie',
      shirt: C.maroon,
      pants: C.jeans,
      hat: C.orange,
    },
  },
  {
    id: 'samir-haddad',
    look: {
      skin: SKIN.olive,
      hair: HAIR.black,
      style: 'short',
      shirt: C.olive,
      pants: C.khaki,
      beard: 'full',
    },
  },
  {
    id: 'layla-haddad',
    look: {
      skin: SKIN.olive,
      hair: HAIR.dark,
      style: 'long',
      shirt: C.sky,
      pants: C.maroon,
      skirt: true,
    },
  },
  {
    id: 'maeve-sullivan',
    look: {
      skin: SKIN.fair,
      hair: HAIR.ginger,
      style: 'curly',
      shirt: C.green,
      pants: C.black,
      skirt: true,
    },
  },
  {
    id: 'owen-sullivan',
    look: { skin: SKIN.fair, hair: HAIR.brown, style: 'spiky', shirt: C.orange, pants: C.jeans },
  },
  {
    id: 'spare-1',
    look: { skin: SKIN.light, hair: HAIR.pink, style: 'bob', shirt: C.black, pants: C.charcoal },
  },
  {
    id: 'spare-2',
    look: {
      skin: SKIN.deep,
      hair: HAIR.grey,
      style: 'short',
      shirt: C.blue,
      pants: C.grey,
      glasses: true,
      beard: 'full',
    },
  },
  {
    id: 'spare-3',
    look: { skin: SKIN.tan, hair: HAIR.teal, style: 'ponytail', shirt: C.white, pants: C.green },
  },
  {
    id: 'spare-4',
    look: {
      skin: SKIN.brown,
      hair: HAIR.black,
      style: 'beanie',
      shirt: C.red,
      pants: C.black,
      hat: C.green,
    },
  },
  {
    id: 'spare-5',
    look: {
      skin: SKIN.light,
      hair: HAIR.white,
      style: 'bun',
      shirt: C.pink,
      pants: C.lavender,
      glasses: true,
      skirt: true,
    },
  },
  {
    id: 'spare-6',
    look: {
      skin: SKIN.olive,
      hair: HAIR.brown,
      style: 'cap',
      shirt: C.navy,
      pants: C.khaki,
      hat: C.yellow,
    },
  },
  {
    id: 'spare-7',
    look: {
      skin: SKIN.fair,
      hair: HAIR.auburn,
      style: 'long',
      shirt: C.lime,
      pants: C.jeans,
      glasses: true,
    },
  },
];
