import { defineRule, describeApp, type RuleFinding } from '../src/engine/rule.js';
import type { ImageRef, ValuesImage } from '../src/types.js';

const FLOATING_URL = /\/(stable|latest|master|main|HEAD)\/|releases\/latest\/download/;
const FLOATING_REF = new Set(['', 'HEAD', 'main', 'master', 'stable', 'latest', 'develop', 'trunk']);
const RANGE = /[*^~<>|xX]|\s-\s/;

/** Tags that move: set explicitly in Helm values they override the chart's pinned default. */
const FLOATING_TAG = new Set(['latest', 'main', 'master', 'stable', 'edge', 'nightly']);
const floatingImage = (img: ImageRef): boolean => !img.unresolved && !img.digest && (!img.tag || img.tag === 'latest');

export default defineRule({
  id: 'unpinned-version',
  severity: 'warning',
  category: 'versions',
  description: 'A floating version where a pinned one is needed to roll back: a manifest URL on a branch, a chart without a version, an image without a tag or tagged latest, a floating image tag set in Helm values.',
  rationale: 'Rolling back means redeploying a known version; a floating reference deploys whatever upstream published last, differently on every run.',
  messages: {
    installScript: 'an install script runs without a version pin',
    movingUrl: 'bootstrap applies a URL that follows a moving branch',
    bootstrapChart: 'bootstrap installs a chart without a version',
    bootstrapImage: 'a bootstrap image without a pinned tag',
    runtimeChart: 'an Application installs a chart with a version range or none',
    externalRevision: 'an Application tracks a moving revision of an external repository',
    remoteResource: 'a remote kustomize resource follows a moving ref',
    runtimeImage: 'a runtime image without a pinned tag',
    valuesImage: 'Helm values set a floating image tag',
  },
  examples: { fails: 'argocd-install-from-stable', passes: 'argocd-install-pinned' },
  check: ({ graph, catalog }) => {
    const findings: RuleFinding[] = [];
    for (const i of graph.bootstrap.installers.filter((x) => x.unpinnedScript)) {
      const pin = i.kind === 'k3s' ? 'INSTALL_K3S_VERSION' : 'INSTALL_RKE2_VERSION';
      findings.push({ at: i.at, messageId: 'installScript', message: `the ${i.kind} install script runs without ${pin}, so every run installs whatever the channel serves; set ${pin} (e.g. in the task's environment:)` });
    }
    for (const d of graph.bootstrap.deployments) {
      if (d.url && FLOATING_URL.test(d.url))
        findings.push({ at: d.urlAt ?? d.at, messageId: 'movingUrl', component: catalog.matchUrl(d.url)?.name, message: `bootstrap applies ${d.url}, which follows a moving branch; pin a release tag (e.g. /v1.2.3/) so a rerun installs the same version` });
      // A chart of this repository is versioned by the commit.
      if (d.chart && !d.chart.version && d.chart.dir === undefined)
        findings.push({ at: d.chart.at, messageId: 'bootstrapChart', component: catalog.matchChart(d.chart)?.name, message: `bootstrap installs chart ${d.chart.name} without a version; set chart_version (or --version) to a pinned release` });
      for (const img of d.objects.flatMap((o) => o.images).filter(floatingImage))
        findings.push({ at: img.tagAt ?? img.at, messageId: 'bootstrapImage', message: `image ${img.image} has no pinned tag; use an explicit version tag or digest` });
    }
    for (const chart of graph.runtime.charts) {
      if (!chart.repo) continue;
      if (!chart.version || FLOATING_REF.has(chart.version) || RANGE.test(chart.version))
        findings.push({
          at: chart.versionAt ?? chart.at,
          messageId: 'runtimeChart',
          component: catalog.matchChart(chart)?.name,
          message: `${describeApp(chart.application, chart.appset)} installs chart ${chart.name} ${chart.version ? `with the range "${chart.version}"` : 'without a version'}; pin an exact chart version`,
        });
    }
    for (const app of graph.runtime.applications) {
      for (const s of app.sources) {
        if (s.local || s.tool === 'chart' || s.path === undefined) continue;
        if (FLOATING_REF.has(s.targetRevision ?? ''))
          findings.push({ at: s.revisionAt ?? s.at, messageId: 'externalRevision', message: `Application ${app.name} tracks ${s.targetRevision || 'HEAD'} of external repository ${s.repoURL}; pin a tag or commit` });
      }
    }
    for (const r of graph.runtime.remotes) {
      const ref = /[?&](?:ref|version)=([^&]+)/.exec(r.url)?.[1];
      const floatingFile = /^https?:.*\.(ya?ml|json)$/.test(r.url) ? FLOATING_URL.test(r.url) : ref === undefined || FLOATING_REF.has(ref);
      // A kustomization bootstrap applies and an Application deploys too: its remote is one moving reference, reported once.
      const reported = findings.some((f) => f.at.file === r.at.file && f.at.line === r.at.line && f.at.column === r.at.column);
      if (floatingFile && !reported)
        findings.push({
          at: r.at,
          messageId: 'remoteResource',
          message: `remote resource ${r.url} of ${describeApp(r.application)} follows a moving ref; ${ref ? 'pin ?ref= to a release tag' : 'add ?ref=<release tag>'} (or use a release URL)`,
        });
    }
    for (const obj of graph.runtime.objects)
      for (const img of obj.images.filter(floatingImage))
        findings.push({ at: img.tagAt ?? img.at, messageId: 'runtimeImage', message: `image ${img.image} in ${obj.kind} ${obj.name} (${describeApp(obj.application, obj.appset)}) has no pinned tag; use an explicit version tag or digest` });
    // One finding per place: a values file several apps use names them all.
    const valuesByPlace = new Map<string, { img: ValuesImage; apps: string[] }>();
    for (const img of graph.runtime.valuesImages) {
      if (img.digest || !img.tag || !FLOATING_TAG.has(img.tag)) continue;
      const at = img.tagAt ?? img.at;
      const key = `${at.file}:${at.line}:${at.column}`;
      const seen = valuesByPlace.get(key);
      if (seen) seen.apps.push(describeApp(img.application, img.appset));
      else valuesByPlace.set(key, { img, apps: [describeApp(img.application, img.appset)] });
    }
    for (const { img, apps } of valuesByPlace.values())
      findings.push({
        at: img.tagAt ?? img.at,
        messageId: 'valuesImage',
        message: `Helm values set ${img.key}${img.repository ? ` (${img.repository})` : ''} to the floating tag "${img.tag}" for ${apps.join(', ')}; pin a version tag or digest, or leave the tag empty for the chart's pinned default`,
      });
    return findings;
  },
});
