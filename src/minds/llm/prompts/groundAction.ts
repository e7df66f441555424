import { z } from 'zod';
import type { PlaceOption } from '../../../sim/mind';
import { placeLines, section, SECTION, systemMessage, userMessage } from './format';
import { defineSpec, enumOf, nullableEnumOf, OutputError } from './spec';

const replySchema = (places: PlaceOption[]) =>
  z.object({
    sector: enumOf(places.map((p) => p.sector)),
    arena: enumOf(places.flatMap((p) => p.arenas.map((a) => a.arena))),
    object: nullableEnumOf(places.flatMap((p) => p.arenas.flatMap((a) => a.objects))),
    emoji: z.string(),
  });
type Reply = z.infer<ReturnType<typeof replySchema>>;

/**
 * Grounds an activity to sector → arena → object plus an emoji in one structured call (the
 * original asked this in about eight separate calls).
 */
export const groundActionSpec = defineSpec({
  kind: 'groundAction',
  maxTokens: () => 120,
  schema: (req) => replySchema(req.places),
  messages: (req) => [
    systemMessage(
      'groundAction',
      'Decide where you do an activity: a sector and one of its arenas, copied exactly from the Places list (objects are in brackets). Prefer your own home for private things, your workplace for work, and staying where you are when it fits. Optionally name an object in that arena you will use (or null), and give one emoji that shows the activity.',
      req.agent,
      '{"sector": "<sector from the list>", "arena": "<arena of that sector>", "object": "<object in that arena, or null>", "emoji": "☕"}',
    ),
    userMessage([
      section(SECTION.activity, req.activity),
      section(SECTION.here, req.currentSector ?? 'outdoors'),
      section(SECTION.places, placeLines(req.places, true)),
    ]),
  ],
  toResult: (reply: Reply, req) => {
    const sector = req.places.find((p) => p.sector === reply.sector);
    if (!sector) throw new OutputError(`"${reply.sector}" is not a sector in the Places list.`);
    const arena = sector.arenas.find((a) => a.arena === reply.arena);
    if (!arena)
      throw new OutputError(
        `"${reply.arena}" is not an arena of ${reply.sector}; choose one of: ${sector.arenas.map((a) => a.arena).join(', ')}.`,
      );
    const object = reply.object && arena.objects.includes(reply.object) ? reply.object : undefined;
    return {
      sector: sector.sector,
      arena: arena.arena,
      ...(object ? { object } : {}),
      emoji: reply.emoji.trim() || '🙂',
    };
  },
});
