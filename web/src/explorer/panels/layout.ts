/**
 * Layout panel: spread the records shown over the whole map (spread-runner.ts), or go back to the shared
 * layout. A spread belongs to the view it was made for, so changing the filters brings the shared
 * layout back rather than leaving the newly shown records where the spread left the others.
 */
import { byId } from '../../shared/dom.ts';
import type { Spreader, SpreadPhase } from '../spread-runner.ts';
import type { Store } from '../state.ts';

export function mountLayout(
  spreader: Spreader,
  store: Store,
  shown: () => ReadonlySet<string>,
  onSpreadStart: () => void,
): void {
  const spread = byId<HTMLButtonElement>('layout-spread');
  const restore = byId<HTMLButtonElement>('layout-restore');
  const status = byId('layout-status');
  let afterFilters = false;

  const show = (phase: SpreadPhase) => {
    spread.disabled = phase.phase === 'running';
    restore.disabled = phase.phase === 'shared' || phase.phase === 'failed';
    status.textContent =
      phase.phase === 'running'
        ? `Laying out the ${phase.shown} records shown…`
        : phase.phase === 'spread'
          ? `The ${phase.shown} records shown are spread over the map. Other readers see the shared layout.`
          : phase.phase === 'failed'
            ? phase.reason
            : afterFilters
              ? 'The filters changed, so the shared layout is back.'
              : '';
    afterFilters = false;
  };
  spreader.subscribe(show);

  spread.addEventListener('click', () => {
    onSpreadStart();
    void spreader.spread(shown());
  });
  restore.addEventListener('click', () => spreader.restore());
  store.subscribe((state, previous) => {
    const { phase } = spreader.phase();
    if (state.filters === previous.filters || (phase !== 'running' && phase !== 'spread')) return;
    afterFilters = true;
    spreader.restore();
  });
  show(spreader.phase());
}
