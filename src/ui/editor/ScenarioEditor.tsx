import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { MapChoice, MapInfo, ScenarioCheck, ScenarioDraft } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { downloadBlob } from '../saves/files';
import '../styles/editor.css';
import { EditorContext, type PickTarget } from './context';
import {
  addEvent,
  eventsOf,
  newPerson,
  problemsAt,
  removeEvent,
  removePerson,
  setIn,
  type PlaceDraft,
} from './draftOps';
import { loadDraft, saveDraft } from './draftStore';
import { EventForm, PersonForm, StorylineForm, TownForm, type Update } from './forms';
import { MapPreview } from './MapPreview';
import { describePath, selectionOf, validSelection, type Selection } from './navigation';
import { ProblemList } from './ProblemList';
import { StartChooser } from './StartChooser';

/** Wait after the last edit before checking the draft again, ms. */
const CHECK_DELAY_MS = 250;
/** Wait after the last edit before keeping the draft in the browser, ms. */
const SAVE_DELAY_MS = 800;

/**
 * The scenario editor: people, events, storylines and the town header of a personas file on a
 * chosen map, checked live by the worker (the schema and town check every new town runs), kept in
 * this browser, exported as the two files the CLI loads, and started as a new town. Esc closes,
 * Ctrl+S keeps the draft.
 */
export default function ScenarioEditor() {
  const setOpen = useTown((s) => s.setEditorOpen);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const [draft, setDraft] = useState<ScenarioDraft | null>(() => loadDraft());
  const [choosing, setChoosing] = useState(draft === null);

  return (
    <Modal
      title="✎ Scenario editor"
      onClose={close}
      className="dialog--editor"
      testId="editor-dialog"
    >
      {choosing || !draft ? (
        <StartChooser
          hasDraft={!!draft}
          onBack={() => setChoosing(false)}
          onChoose={(d) => {
            setDraft(d);
            setChoosing(false);
          }}
        />
      ) : (
        <DraftEditor draft={draft} setDraft={setDraft} onNew={() => setChoosing(true)} />
      )}
    </Modal>
  );
}

function DraftEditor({
  draft,
  setDraft,
  onNew,
}: {
  draft: ScenarioDraft;
  setDraft(d: ScenarioDraft): void;
  onNew(): void;
}) {
  const request = useTown((s) => s.request);
  const startScenario = useTown((s) => s.startScenario);
  const [selection, setSelection] = useState<Selection>({ kind: 'town' });
  const [map, setMap] = useState<MapInfo | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const [check, setCheck] = useState<ScenarioCheck | null>(null);
  const [checkedDraft, setCheckedDraft] = useState<ScenarioDraft | null>(null);
  const [saveState, setSaveState] = useState<string>('Kept in this browser');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pickTarget, setPickTarget] = useState<PickTarget | null>(null);
  const [towns, setTowns] = useState<{ id: string; name: string }[]>([]);
  const latest = useRef(draft);
  latest.current = draft;
  const focusPath = useRef<string | null>(null);

  const personas = draft.personas;
  const update: Update = useCallback(
    (fn) => setDraft({ ...latest.current, personas: fn(latest.current.personas) }),
    [setDraft],
  );

  useEffect(() => {
    void request('scenarioTowns', {}).then(setTowns, () => undefined);
  }, [request]);

  // The map's places, whenever the map changes.
  const mapChoice = draft.mapChoice;
  useEffect(() => {
    let live = true;
    setMapError(null);
    request('scenarioMap', { mapChoice }).then(
      (info) => live && setMap(info),
      (err: unknown) => {
        if (!live) return;
        setMap(null);
        setMapError(errorText(err));
      },
    );
    return () => {
      live = false;
    };
  }, [request, mapChoice]);

  // Live check, a moment after the last edit.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      request('checkScenario', { draft }).then(
        (c) => {
          if (!live) return;
          setCheck(c);
          setCheckedDraft(draft);
        },
        (err: unknown) => live && setError(errorText(err)),
      );
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request, draft]);

  const keep = useCallback((d: ScenarioDraft) => {
    try {
      saveDraft(d);
      setSaveState(`Kept in this browser at ${new Date().toLocaleTimeString()}`);
      return true;
    } catch (err) {
      setSaveState(errorText(err));
      return false;
    }
  }, []);

  // Nothing lost on reload: the draft is kept a moment after each edit.
  useEffect(() => {
    setSaveState('Unsaved changes…');
    const timer = setTimeout(() => keep(draft), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, keep]);

  // Closing the editor or leaving the page keeps the last edits too.
  useEffect(() => {
    const now = () => void keep(latest.current);
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, [keep]);

  // A problem clicked: its field, once its pane is shown.
  useEffect(() => {
    const path = focusPath.current;
    if (!path) return;
    focusPath.current = null;
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });

  const shown = validSelection(personas, selection);
  const events = eventsOf(personas);
  const errors = check?.errors ?? [];
  const warnings = check?.warnings ?? [];
  const current = checkedDraft === draft;
  const canStart = current && !errors.length && !mapError && !busy;

  const goTo = (path: string) => {
    focusPath.current = path;
    setSelection(selectionOf(personas, path));
  };

  const firstPlace = (): PlaceDraft => {
    const home = map?.places.find((p) => p.kind === 'home') ?? map?.places[0];
    return { sector: home?.sector ?? '' };
  };

  const run = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      e.stopPropagation();
      if (keep(draft)) setSaveState(`Draft saved at ${new Date().toLocaleTimeString()} (Ctrl+S)`);
    }
  };

  const exportFiles = () =>
    run('Exporting…', async () => {
      const files = await request('exportScenario', { draft });
      downloadBlob(new Blob([files.personas], { type: 'application/json' }), 'personas.json');
      downloadBlob(new Blob([files.map], { type: 'application/json' }), 'town.json');
    });

  const importFiles = (list: FileList | null) =>
    run('Importing…', async () => {
      let next = latest.current;
      for (const file of Array.from(list ?? [])) {
        const read = await request('readScenarioFile', {
          fileName: file.name,
          text: await file.text(),
        });
        next =
          read.kind === 'map'
            ? { ...next, mapChoice: read.mapChoice }
            : { ...next, personas: read.personas };
      }
      setDraft(next);
      setSelection({ kind: 'town' });
    });

  const setMapChoice = (choice: MapChoice) => setDraft({ ...latest.current, mapChoice: choice });

  const ctx = useMemo(() => ({ map, check, pickTarget, setPickTarget }), [map, check, pickTarget]);

  const highlight: PlaceDraft[] = useMemo(() => {
    if (shown.kind === 'person') {
      const p = personas.personas[shown.index];
      return [p.home, ...(p.workplace ? [p.workplace] : [])];
    }
    if (shown.kind === 'event') {
      const e = personas.personas[shown.person].seedMemories?.[shown.memory]?.event;
      return e ? [e.place] : [];
    }
    return [];
  }, [shown, personas]);

  return (
    <EditorContext.Provider value={ctx}>
      <div className="ed" onKeyDown={onKeyDown} data-testid="editor">
        <Toolbar
          draft={draft}
          towns={towns}
          busy={busy}
          canStart={canStart}
          errors={errors.length}
          checking={!current}
          mapError={mapError}
          saveState={saveState}
          onMap={setMapChoice}
          onImport={importFiles}
          onExport={exportFiles}
          onNew={onNew}
          onStart={() => void run('Starting the town…', () => startScenario(draft))}
        />
        {error && (
          <div className="form-error ed-error" role="alert" data-testid="editor-error">
            {error}
          </div>
        )}
        <div className="ed-body">
          <nav className="ed-nav" aria-label="Parts of the scenario">
            <NavButton
              on={shown.kind === 'town'}
              onClick={() => setSelection({ kind: 'town' })}
              problems={problemsAt(errors, ['town']).length}
              testId="ed-nav-town"
            >
              🏘 {personas.town?.name || 'The town'}
            </NavButton>
            <h3>
              People <span className="muted">({personas.personas.length})</span>
            </h3>
            <ul data-testid="ed-people">
              {personas.personas.map((p, i) => (
                <li key={i}>
                  <NavButton
                    on={shown.kind === 'person' && shown.index === i}
                    onClick={() => setSelection({ kind: 'person', index: i })}
                    problems={problemsAt(errors, ['personas', i]).length}
                    testId={`ed-nav-person-${i}`}
                  >
                    {p.name || p.id || 'Unnamed'}
                  </NavButton>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                update((d) => ({
                  ...d,
                  personas: [...d.personas, newPerson(d.personas, firstPlace())],
                }));
                setSelection({ kind: 'person', index: personas.personas.length });
              }}
              data-testid="ed-add-person"
            >
              + Add person
            </button>
            <h3>
              Events <span className="muted">({events.length})</span>
            </h3>
            <ul data-testid="ed-events">
              {events.map((e) => (
                <li key={`${e.person}.${e.memory}`}>
                  <NavButton
                    on={
                      shown.kind === 'event' &&
                      shown.person === e.person &&
                      shown.memory === e.memory
                    }
                    onClick={() =>
                      setSelection({ kind: 'event', person: e.person, memory: e.memory })
                    }
                    problems={
                      problemsAt(errors, ['personas', e.person, 'seedMemories', e.memory]).length +
                      (e.storyline >= 0
                        ? problemsAt(errors, ['storylines', e.storyline]).length
                        : 0)
                    }
                    testId={`ed-nav-event-${e.event.id}`}
                  >
                    {e.event.what || e.event.id}
                  </NavButton>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn--small"
              disabled={!personas.personas.length}
              onClick={() => {
                const host = shown.kind === 'person' ? shown.index : 0;
                const before = personas.personas[host].seedMemories?.length ?? 0;
                const host0 = personas.personas[host];
                update((d) =>
                  addEvent(
                    d,
                    host,
                    host0.workplace?.sector ? { sector: host0.workplace.sector } : firstPlace(),
                  ),
                );
                setSelection({ kind: 'event', person: host, memory: before });
              }}
              title="An event hosted by the person shown (or the first)"
              data-testid="ed-add-event"
            >
              + Add event
            </button>
            <h3>
              Storylines <span className="muted">({(personas.storylines ?? []).length})</span>
            </h3>
            <ul data-testid="ed-storylines">
              {(personas.storylines ?? []).map((s, k) =>
                events.some((e) => e.storyline === k) ? null : (
                  <li key={k}>
                    <NavButton
                      on={shown.kind === 'storyline' && shown.index === k}
                      onClick={() => setSelection({ kind: 'storyline', index: k })}
                      problems={problemsAt(errors, ['storylines', k]).length}
                      testId={`ed-nav-storyline-${k}`}
                    >
                      {s.label || s.id || 'Unnamed'}
                    </NavButton>
                  </li>
                ),
              )}
            </ul>
            <button
              type="button"
              className="btn btn--small"
              disabled={!personas.personas.length}
              onClick={() => {
                const seed = personas.personas[shown.kind === 'person' ? shown.index : 0];
                update((d) =>
                  setIn(
                    d,
                    ['storylines'],
                    [
                      ...(d.storylines ?? []),
                      {
                        id: `news-${(d.storylines ?? []).length + 1}`,
                        seedAgentId: seed.id,
                        question: 'Have you heard any news lately?',
                        knowsIfMentions: ['news'],
                      },
                    ],
                  ),
                );
                setSelection({ kind: 'storyline', index: (personas.storylines ?? []).length });
              }}
              data-testid="ed-add-storyline"
            >
              + Add storyline
            </button>
          </nav>
          <main className="ed-main">
            {shown.kind === 'town' && <TownForm draft={personas} update={update} />}
            {shown.kind === 'person' && (
              <>
                <PersonForm
                  key={shown.index}
                  draft={personas}
                  index={shown.index}
                  update={update}
                />
                <button
                  type="button"
                  className="btn btn--small btn--danger-text"
                  onClick={() => {
                    update((d) => removePerson(d, shown.index));
                    setSelection({ kind: 'town' });
                  }}
                  data-testid="ed-remove-person"
                >
                  Remove this person
                </button>
              </>
            )}
            {shown.kind === 'event' &&
              (() => {
                const ref = events.find(
                  (e) => e.person === shown.person && e.memory === shown.memory,
                )!;
                return (
                  <>
                    <EventForm
                      key={`${shown.person}.${shown.memory}`}
                      draft={personas}
                      eventRef={ref}
                      update={update}
                    />
                    <button
                      type="button"
                      className="btn btn--small btn--danger-text"
                      onClick={() => {
                        update((d) => removeEvent(d, ref));
                        setSelection({ kind: 'town' });
                      }}
                    >
                      Remove this event
                    </button>
                  </>
                );
              })()}
            {shown.kind === 'storyline' && (
              <>
                <StorylineForm
                  key={shown.index}
                  draft={personas}
                  index={shown.index}
                  update={update}
                />
                <button
                  type="button"
                  className="btn btn--small btn--danger-text"
                  onClick={() => {
                    update((d) =>
                      setIn(
                        d,
                        ['storylines'],
                        (d.storylines ?? []).filter((_, k) => k !== shown.index),
                      ),
                    );
                    setSelection({ kind: 'town' });
                  }}
                >
                  Remove this storyline
                </button>
              </>
            )}
            {shown.kind === 'problems' && (
              <ProblemList
                errors={errors}
                warnings={warnings}
                onGo={goTo}
                where={(path) => describePath(personas, path)}
                full
              />
            )}
          </main>
          <aside className="ed-side">
            <MapPreview highlight={highlight} />
            {mapError && (
              <div className="form-error ed-map-error" role="alert" data-testid="editor-map-error">
                {mapError}
              </div>
            )}
            <ProblemList
              errors={errors}
              warnings={warnings}
              onGo={goTo}
              where={(path) => describePath(personas, path)}
              checking={!current}
            />
          </aside>
        </div>
      </div>
    </EditorContext.Provider>
  );
}

function NavButton({
  on,
  onClick,
  problems,
  children,
  testId,
}: {
  on: boolean;
  onClick(): void;
  problems: number;
  children: ReactNode;
  testId: string;
}) {
  return (
    <button
      type="button"
      className={`ed-nav__item${on ? ' is-on' : ''}`}
      aria-current={on}
      onClick={onClick}
      data-testid={testId}
    >
      <span className="ed-nav__label">{children}</span>
      {problems > 0 && (
        <span className="ed-badge" title={`${problems} problem${problems === 1 ? '' : 's'}`}>
          {problems}
        </span>
      )}
    </button>
  );
}

function Toolbar({
  draft,
  towns,
  busy,
  canStart,
  errors,
  checking,
  mapError,
  saveState,
  onMap,
  onImport,
  onExport,
  onNew,
  onStart,
}: {
  draft: ScenarioDraft;
  towns: { id: string; name: string }[];
  busy: string | null;
  canStart: boolean;
  errors: number;
  checking: boolean;
  mapError: string | null;
  saveState: string;
  onMap(choice: MapChoice): void;
  onImport(files: FileList | null): void;
  onExport(): void;
  onNew(): void;
  onStart(): void;
}) {
  const request = useTown((s) => s.request);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const choice = draft.mapChoice;
  const value = choice.kind === 'bundled' ? `town:${choice.townId}` : 'upload';
  const why = busy
    ? busy
    : checking
      ? 'Checking…'
      : mapError
        ? 'The map cannot be used.'
        : errors
          ? `Fix ${errors} problem${errors === 1 ? '' : 's'} first.`
          : 'Start a new town from this scenario (this town is autosaved first).';
  return (
    <div className="ed-toolbar">
      <label className="ed-toolbar__map">
        Map
        <select
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v.startsWith('town:')) onMap({ kind: 'bundled', townId: v.slice(5) });
          }}
          data-testid="ed-map-choice"
        >
          {towns.map((t) => (
            <option key={t.id} value={`town:${t.id}`}>
              Map of {t.name}
            </option>
          ))}
          {choice.kind === 'upload' && <option value="upload">Uploaded: {choice.fileName}</option>}
        </select>
      </label>
      <label className="btn btn--small ed-file">
        Upload a Tiled map…
        <input
          type="file"
          accept=".json,.tmj,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setUploadError(null);
            void file
              .text()
              .then((text) => request('readScenarioFile', { fileName: file.name, text }))
              .then((read) => {
                if (read.kind !== 'map')
                  throw new Error(
                    `"${file.name}" is a personas file, not a Tiled map: use Import.`,
                  );
                onMap(read.mapChoice);
              })
              .catch((err: unknown) => setUploadError(errorText(err)));
          }}
          data-testid="ed-upload-map"
        />
      </label>
      <span className="ed-toolbar__gap" />
      <label className="btn btn--small ed-file" title="A personas.json and/or a Tiled map .json">
        Import…
        <input
          type="file"
          accept=".json,.tmj,application/json"
          multiple
          onChange={(e) => {
            const files = e.target.files;
            void Promise.resolve(onImport(files)).finally(() => (e.target.value = ''));
          }}
          data-testid="ed-import"
        />
      </label>
      <button
        type="button"
        className="btn btn--small"
        onClick={onExport}
        disabled={!!busy}
        title="personas.json (--personas) and town.json (--map), as the CLI loads them"
        data-testid="ed-export"
      >
        ⬇ Export
      </button>
      <button
        type="button"
        className="btn btn--small"
        onClick={onNew}
        disabled={!!busy}
        data-testid="ed-new"
      >
        New…
      </button>
      <span className="ed-toolbar__saved muted small" role="status" data-testid="ed-saved">
        {saveState}
      </span>
      <button
        type="button"
        className="btn btn--primary"
        onClick={onStart}
        disabled={!canStart}
        title={why}
        data-testid="ed-start"
      >
        {busy === 'Starting the town…' ? 'Starting…' : '▶ Start town'}
      </button>
      {uploadError && (
        <div className="form-error ed-error" role="alert" data-testid="ed-upload-error">
          {uploadError}
        </div>
      )}
    </div>
  );
}
