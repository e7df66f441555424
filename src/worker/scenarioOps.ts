import { OfflineMind } from '../minds/offline';
import { describeIssue } from '../persist/errors';
import { MapSchema } from '../persist/townFileSchema';
import {
  TownRuntime,
  encodeTownFile,
  summarizeTown,
  type MindInfo,
  type SaveSummary,
} from '../persist';
import type { MapChoice, ScenarioDraft, ScenarioRequests } from '../protocol';
import { TOWN_IDS, TOWNS, bundledScenario } from '../scenarios';
import {
  checkDraftOn,
  draftFromFile,
  editorMapInfoOf,
  fileFromDraft,
  looksLikeTiledMap,
} from '../scenarios/editor';
import { WEEKDAY_NAMES } from '../sim/agent/persona';
import { formatClock } from '../sim/clock';
import { hash64 } from '../sim/rng';
import { scenarioFromFiles } from '../sim/scenario';
import { checkTownMap, type CheckedTownMap } from '../sim/world/townCheck';
import type { Handlers, Kinds } from './requestTable';
import { newTownSource } from './townFiles';

export const SCENARIO_KINDS: Kinds<ScenarioRequests> = {
  scenarioTowns: true,
  scenarioTemplate: true,
  scenarioMap: true,
  readScenarioFile: true,
  checkScenario: true,
  exportScenario: true,
  startScenario: true,
};

/** What the scenario editor needs of the worker's session. */
export interface ScenarioOpsDeps {
  /** What a save records about the mind in use. */
  mindInfo(): MindInfo;
  /** Stores an encoded new town as its first autosave and closes the town shown; its id. */
  adoptTown(town: { name: string; bytes: Uint8Array; summary: SaveSummary }): Promise<string>;
}

/** Id of a scenario made in the editor (as `--map`/`--personas` towns are "custom" in the CLI). */
const EDITOR_SCENARIO_ID = 'custom';

/** The map a choice stands for (a bundled town's, or the uploaded one). */
function mapOf(choice: MapChoice): unknown {
  if (choice.kind === 'upload') return choice.map;
  return bundledScenario(choice.townId).map;
}

/** How many read maps ScenarioOps keeps (the editor switches between a few at most). */
const MAP_CACHE_SIZE = 4;

/** The cache key of an uploaded map's content (its text's length and hash). */
function uploadKey(map: unknown): string {
  const text = JSON.stringify(map) ?? '';
  return `upload:${text.length}:${hash64(text)}`;
}

/**
 * What a map choice is, for the cache: a bundled town's id, or the uploaded content's key (made
 * when the file was read; hashed here only for a choice without one).
 */
function mapKey(choice: MapChoice): string {
  if (choice.kind === 'bundled') return `town:${choice.townId}`;
  return choice.key ?? uploadKey(choice.map);
}

/** Refuses an uploaded map over the limits a town file holds a map to, with its first issue. */
function checkUploadLimits(fileName: string, map: unknown): void {
  const result = MapSchema.safeParse(map);
  if (result.success) return;
  const issue = result.error.issues[0];
  const what = issue ? describeIssue(issue, map).text : result.error.message;
  throw new Error(`"${fileName}" cannot be used as a map: ${what}`);
}

/** Parses an imported file's text, naming the file when it is not JSON. */
function parseJson(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`"${fileName}" is not a JSON file: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The scenario editor's requests: bundled towns to start from, maps and their places, imported
 * files, the live check, the export, and starting a new town from a draft (checked exactly as
 * every new town, `newTownSource`).
 */
export class ScenarioOps {
  /** Maps read and checked, by `mapKey`, least recently used first. */
  private readonly maps = new Map<string, CheckedTownMap>();
  private reads = 0;

  constructor(private readonly deps: ScenarioOpsDeps) {}

  /** How many maps were read (not answered from the cache); for tests and measures. */
  get mapReads(): number {
    return this.reads;
  }

  /**
   * The map of a choice, read and checked once per map (the live check then only checks the
   * people); throws naming what is wrong when it cannot be read. Kept maps are never changed.
   */
  private checkedMap(choice: MapChoice): CheckedTownMap {
    const key = mapKey(choice);
    const kept = this.maps.get(key);
    this.maps.delete(key);
    const map = kept ?? checkTownMap(mapOf(choice));
    if (!kept) this.reads++;
    this.maps.set(key, map);
    if (this.maps.size > MAP_CACHE_SIZE) this.maps.delete(this.maps.keys().next().value!);
    return map;
  }

  handlers(): Handlers<ScenarioRequests> {
    return {
      scenarioTowns: () => TOWN_IDS.map((id) => ({ id, name: TOWNS[id].name })),
      scenarioTemplate: (r) => {
        const s = bundledScenario(r.townId);
        const personas = draftFromFile({
          town: {
            name: s.name,
            start: {
              day: 1,
              weekday: WEEKDAY_NAMES[s.firstWeekday],
              time: formatClock(s.startMinute),
            },
          },
          personas: s.personas,
          storylines: s.storylines,
        });
        return { mapChoice: { kind: 'bundled', townId: r.townId }, personas };
      },
      scenarioMap: (r) => editorMapInfoOf(this.checkedMap(r.mapChoice)),
      readScenarioFile: (r) => {
        const json = parseJson(r.fileName, r.text);
        if (looksLikeTiledMap(json)) {
          checkUploadLimits(r.fileName, json);
          const mapChoice: MapChoice = {
            kind: 'upload',
            fileName: r.fileName,
            map: json,
            key: uploadKey(json),
          };
          editorMapInfoOf(this.checkedMap(mapChoice));
          return { kind: 'map', mapChoice };
        }
        return { kind: 'personas', personas: draftFromFile(json) };
      },
      checkScenario: (r) =>
        checkDraftOn(() => this.checkedMap(r.draft.mapChoice), r.draft.personas),
      exportScenario: (r) => ({
        personas: `${JSON.stringify(fileFromDraft(r.draft.personas), null, 2)}\n`,
        map: JSON.stringify(mapOf(r.draft.mapChoice)),
      }),
      startScenario: async (r) => this.start(r.draft, r.seed),
    };
  }

  /** A new town of the draft, saved as its first autosave; this town stops. */
  private async start(draft: ScenarioDraft, seed?: number): Promise<{ townId: string }> {
    const scenario = scenarioFromFiles(
      EDITOR_SCENARIO_ID,
      mapOf(draft.mapChoice),
      fileFromDraft(draft.personas),
    );
    const { source } = newTownSource(scenario, { seed });
    const mind = this.deps.mindInfo();
    const runtime = TownRuntime.open(source, new OfflineMind());
    const file = runtime.file({ name: scenario.name, savedAt: new Date().toISOString(), mind });
    const bytes = encodeTownFile(file);
    const townId = await this.deps.adoptTown({
      name: scenario.name,
      bytes,
      summary: summarizeTown(file.world, mind),
    });
    return { townId };
  }
}
