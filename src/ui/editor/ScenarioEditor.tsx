import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MapChoice, MapInfo, ScenarioCheck, ScenarioDraft } from '../../protocol';
import { errorText } from '../../protocol/text';
import { useTown } from '../hooks/useTown';
import { Modal } from '../Modal';
import { downloadBlob } from '../saves/files';
import '../styles/editor.css';
import { EditorContext, type PickTarget } from './context';
import { eventsOf, type PlaceDraft } from './draftOps';
import { loadDraft, saveDraft } from './draftStore';
import { EditorNav } from './EditorNav';
import { EditorPane } from './EditorPane';
import type { Update } from './formParts';
import { MapPreview } from './MapPreview';
import { describePath, selectionOf, validSelection, type Selection } from './navigation';
import { ProblemList } from './ProblemList';
import { StartChooser } from './StartChooser';
import { Toolbar } from './Toolbar';

/** Wait after the last edit before checking the draft again, ms. */
const CHECK_DELAY_MS = 250;
/** Wait after the last edit before keeping the draft in the browser, ms. */
const SAVE_DELAY_MS = 800;

/**
 * The scenario editor: people, events, storylines and the town header of a personas file on a
 * chosen map, checked live by the worker (the schema and town check every new town runs), kept in
 * this browser, exported as the two files the CLI loads, and started as a new town. Esc closes
 * (while a place is being picked on the map, it cancels the pick only), Ctrl+S keeps the draft.
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

  // Esc while picking a place on the map cancels the pick, not the editor (caught before the
  // dialog's own Esc, wherever the focus is).
  useEffect(() => {
    if (!pickTarget) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      setPickTarget(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [pickTarget]);

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
          <EditorNav
            personas={personas}
            shown={shown}
            setSelection={setSelection}
            update={update}
            errors={errors}
            events={events}
            firstPlace={firstPlace}
          />
          <EditorPane
            personas={personas}
            shown={shown}
            setSelection={setSelection}
            update={update}
            events={events}
            errors={errors}
            warnings={warnings}
            goTo={goTo}
          />
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
