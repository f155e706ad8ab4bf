import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceSet } from '../src/parse/source-set.js';
import { listFiles } from '../src/discover/discover.js';
import { readBootstrap } from '../src/ansible/read-bootstrap.js';
import type { BootstrapModel } from '../src/types.js';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';

const CORPUS = sharedInput(CORPUS_PATH);

function load(root: string, roots?: string[]): BootstrapModel {
  return readBootstrap(new SourceSet(root, listFiles(root).files), roots ? { roots } : {});
}

/** Builds a throw-away repository from a path → content table and reads it. */
function withRepo(files: Record<string, string>, check: (m: BootstrapModel, sources: SourceSet) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'dvl-ansible-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const sources = new SourceSet(root, listFiles(root).files);
    check(readBootstrap(sources, {}), sources);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe.runIf(CORPUS !== undefined)('ansible reader on detectviz-gitops', () => {
  const m = CORPUS !== undefined ? load(CORPUS) : undefined!;
  const role = (name: string) => m.roles.find((r) => r.name === name);

  it('finds the playbook and role reachability', () => {
    expect(m.playbooks).toContain('ansible/deploy-cluster.yml');
    for (const name of ['common', 'network', 'master', 'worker']) expect(role(name)?.reachable, name).toBe(true);
    expect(role('ingress')?.reachable).toBe(false);
    expect(role('master')?.at).toEqual({ file: 'ansible/roles/master/tasks/main.yml', line: 1, column: 1 });
    expect(role('master')?.assets).toContain('ansible/roles/master/templates/felix-configuration.yaml.j2');
    // Unreachable role tasks are still listed.
    expect(m.tasks.some((t) => t.role === 'ingress' && !t.reachable)).toBe(true);
  });

  it('recognises kubeadm init (not `kubeadm init phase`)', () => {
    const kubeadm = m.installers.filter((i) => i.kind === 'kubeadm');
    expect(kubeadm).toHaveLength(1);
    expect(kubeadm[0].at).toMatchObject({ file: 'ansible/roles/master/tasks/main.yml', line: 130 });
  });

  it('reads the kube-vip static pod with its version from group_vars', () => {
    const d = m.deployments.find((x) => x.mechanism === 'static-pod' && x.sourceFile === 'ansible/roles/master/templates/kube-vip-static-pod.yaml.j2');
    expect(d?.at).toMatchObject({ file: 'ansible/roles/master/tasks/main.yml', line: 192 });
    const pod = d?.objects.find((o) => o.kind === 'Pod' && o.name === 'kube-vip');
    expect(pod?.images[0]).toMatchObject({
      image: 'ghcr.io/kube-vip/kube-vip:v0.7.1',
      tag: 'v0.7.1',
      at: { file: 'ansible/roles/master/templates/kube-vip-static-pod.yaml.j2', line: 39 },
      tagAt: { file: 'ansible/group_vars/all.yml', line: 27 },
    });
  });

  it('follows get_url → kubectl apply for Calico', () => {
    const d = m.deployments.find((x) => x.url === 'https://raw.githubusercontent.com/projectcalico/calico/v3.27.3/manifests/calico.yaml');
    expect(d?.mechanism).toBe('manifest');
    // `calico_manifest_url:` is written on line 23 of group_vars/all.yml.
    expect(d?.urlAt).toMatchObject({ file: 'ansible/group_vars/all.yml', line: 23 });
    expect(d?.at).toMatchObject({ file: 'ansible/roles/master/tasks/main.yml', line: 420 });
  });

  it('follows get_url → k8s src for the floating Argo CD manifest', () => {
    const d = m.deployments.find((x) => x.url?.includes('argoproj/argo-cd') && x.url.includes('/stable/'));
    expect(d?.mechanism).toBe('manifest');
    // play vars `argocd_install_manifest:` on line 107
    expect(d?.urlAt).toMatchObject({ file: 'ansible/deploy-cluster.yml', line: 107 });
    expect(d?.at).toMatchObject({ file: 'ansible/deploy-cluster.yml', line: 133 });
  });

  it('finds the root Application that bootstrap applies', () => {
    expect(m.argocdEntrypoints.map((e) => e.file)).toContain('argocd/root-argocd-app.yaml');
    const d = m.deployments.find((x) => x.sourceFile === 'argocd/root-argocd-app.yaml');
    expect(d?.objects.map((o) => o.kind)).toEqual(['Application']);
  });

  it('reports the FelixConfiguration host file nothing writes', () => {
    const ref = m.refs.find((r) => r.kind === 'host-file' && r.ref === '/tmp/felix-configuration.yaml');
    expect(ref).toMatchObject({ status: 'missing', reachable: true, from: { file: 'ansible/roles/master/tasks/main.yml', line: 461 } });
    // The downloaded, edited Calico manifest is written earlier in the play.
    expect(m.refs.some((r) => r.kind === 'host-file' && r.ref.includes('calico'))).toBe(false);
  });

  it('does not reference the unused templates', () => {
    const templates = m.refs.filter((r) => r.kind === 'template').map((r) => r.ref);
    expect(templates.some((t) => t.includes('felix-configuration.yaml.j2'))).toBe(false);
    expect(templates.some((t) => t.includes('topolvm-values.yaml.j2'))).toBe(false);
    expect(templates).toContain('kube-vip-static-pod.yaml.j2');
  });
});

describe('ansible reader on small repositories', () => {
  it('follows include_tasks with a variable file name to every candidate', () => {
    withRepo(
      {
        'site.yml': '- hosts: all\n  roles: [os]\n',
        'roles/os/tasks/main.yml': '- include_tasks: "{{ ansible_os_family }}.yml"\n',
        'roles/os/tasks/Debian.yml': '- name: debian\n  apt: name=curl\n',
        'roles/os/tasks/RedHat.yml': '- name: redhat\n  dnf: name=curl\n',
      },
      (m) => {
        expect(m.tasks.filter((t) => t.name === 'debian' || t.name === 'redhat').every((t) => t.reachable)).toBe(true);
        expect(m.tasks.filter((t) => t.reachable && (t.name === 'debian' || t.name === 'redhat'))).toHaveLength(2);
        expect(m.refs.find((r) => r.kind === 'tasks')).toMatchObject({ status: 'unresolved', reachable: true });
      },
    );
  });

  it('survives a meta dependency cycle', () => {
    withRepo(
      {
        'site.yml': '- hosts: all\n  roles:\n    - a\n',
        'roles/a/meta/main.yml': 'dependencies: [b]\n',
        'roles/a/tasks/main.yml': '- name: in a\n  debug: msg=a\n',
        'roles/b/meta/main.yml': 'dependencies:\n  - role: a\n',
        'roles/b/tasks/main.yml': '- name: in b\n  debug: msg=b\n',
      },
      (m) => {
        expect(m.roles.map((r) => [r.name, r.reachable])).toEqual([['a', true], ['b', true]]);
        expect(m.tasks.filter((t) => t.reachable)).toHaveLength(2);
      },
    );
  });

  it('survives an import_playbook cycle', () => {
    withRepo(
      {
        'one.yml': '- import_playbook: two.yml\n- hosts: all\n  tasks:\n    - name: one\n      command: "true"\n',
        'two.yml': '- import_playbook: one.yml\n- hosts: all\n  tasks:\n    - name: two\n      command: "true"\n',
      },
      (m) => {
        expect(m.playbooks).toEqual(['one.yml', 'two.yml']);
        expect(m.tasks.filter((t) => t.reachable).map((t) => t.name).sort()).toEqual(['one', 'two']);
        expect(m.refs.filter((r) => r.kind === 'playbook').every((r) => r.status === 'ok')).toBe(true);
      },
    );
  });

  it('parses key=value arguments and deploys a copied static pod', () => {
    withRepo(
      {
        'site.yml': '- hosts: masters\n  roles: [vip]\n',
        'roles/vip/tasks/main.yml': '- name: vip\n  copy: src=vip.yaml dest=/etc/kubernetes/manifests/vip.yaml mode=0644\n',
        'roles/vip/files/vip.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-vip\nspec:\n  containers:\n    - name: v\n      image: ghcr.io/kube-vip/kube-vip:v0.8.0\n',
      },
      (m) => {
        const task = m.tasks.find((t) => t.name === 'vip');
        expect(task?.module).toBe('copy');
        expect(task?.args).toEqual({ src: 'vip.yaml', dest: '/etc/kubernetes/manifests/vip.yaml', mode: '0644' });
        expect(m.refs.find((r) => r.kind === 'file')).toMatchObject({ status: 'ok', resolved: 'roles/vip/files/vip.yaml' });
        const d = m.deployments.find((x) => x.mechanism === 'static-pod');
        expect(d?.objects[0]?.images[0]?.tag).toBe('v0.8.0');
      },
    );
  });

  it('sees flannel-backend none in a templated k3s config', () => {
    const files = (backend: string): Record<string, string> => ({
      'site.yml': '- hosts: servers\n  roles: [k3s]\n',
      'roles/k3s/defaults/main.yml': `k3s_backend: ${backend}\nk3s_version: v1.30.2+k3s1\n`,
      'roles/k3s/templates/config.yaml.j2': 'cluster-init: true\nflannel-backend: {{ k3s_backend }}\n',
      'roles/k3s/tasks/main.yml': [
        '- ansible.builtin.template:',
        '    src: config.yaml.j2',
        '    dest: /etc/rancher/k3s/config.yaml',
        '- name: install k3s',
        '  ansible.builtin.shell: curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION={{ k3s_version }} sh -s - server',
        '',
      ].join('\n'),
    });
    withRepo(files('none'), (m) => {
      expect(m.installers).toHaveLength(1);
      expect(m.installers[0]).toMatchObject({ kind: 'k3s', at: { file: 'roles/k3s/tasks/main.yml', line: 4 } });
      expect(m.installers[0].builtinCni).toBeUndefined();
    });
    withRepo(files('vxlan'), (m) => expect(m.installers[0]?.builtinCni).toBe('flannel'));
  });

  it('resolves helm charts through repo aliases and never throws on odd input', () => {
    withRepo(
      {
        'site.yml': [
          '- hosts: localhost',
          '  vars: { cilium_version: 1.15.6 }',
          '  tasks:',
          '    - shell: helm repo add cilium https://helm.cilium.io && helm upgrade --install cilium cilium/cilium --version {{ cilium_version }} -n kube-system',
          '    - kubernetes.core.helm: { name: argocd, chart_ref: argo-cd, chart_repo_url: "https://argoproj.github.io/argo-helm" }',
          '    - null',
          '    - 42',
          '    - block: ~',
          '    - include_tasks: ~',
          '    - template: { src: missing.j2, dest: /tmp/x }',
          '',
        ].join('\n'),
        'broken.yml': '- hosts: all\n  tasks: [\n',
        'weird.yml': '- hosts: [a, b]\n  roles: [{role: {x: 1}}, 7, ~]\n  vars_files: [7, ~]\n',
      },
      (m, sources) => {
        const charts = m.deployments.filter((d) => d.mechanism === 'helm').map((d) => d.chart);
        expect(charts).toContainEqual(expect.objectContaining({ name: 'cilium', repo: 'https://helm.cilium.io', version: '1.15.6' }));
        expect(charts).toContainEqual(expect.objectContaining({ name: 'argo-cd', repo: 'https://argoproj.github.io/argo-helm' }));
        expect(m.refs.find((r) => r.ref === 'missing.j2')?.status).toBe('missing');
        expect(sources.problems().map((p) => p.at.file)).toContain('broken.yml');
      },
    );
  });
});
