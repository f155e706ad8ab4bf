import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SourceSet } from '../src/parse/source-set.js';
import { listFiles } from '../src/discover/discover.js';
import { readBootstrap } from '../src/ansible/read-bootstrap.js';
import { evalExpression, VarScope } from '../src/ansible/jinja.js';
import type { BootstrapModel } from '../src/types.js';
import { CORPUS_PATH, sharedInput } from './shared-inputs.js';

const CORPUS = sharedInput(CORPUS_PATH);

function load(root: string, roots?: string[]): BootstrapModel {
  return readBootstrap(new SourceSet(root, listFiles(root).files), roots ? { roots } : {});
}

/** Builds a throw-away repository from a path → content table and reads it. */
function withRepo(files: Record<string, string>, check: (m: BootstrapModel, sources: SourceSet) => void, options: { extraVars?: Record<string, unknown> } = {}): void {
  const root = mkdtempSync(join(tmpdir(), 'dvl-ansible-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    const sources = new SourceSet(root, listFiles(root).files);
    check(readBootstrap(sources, options), sources);
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

  it('resolves every construct of the reachable plays (the ssh key under $HOME is an input; the repository secret comes from a registered kubectl create --dry-run)', () => {
    expect(m.unresolved).toEqual([]);
    expect(m.refs.find((r) => r.ref.includes('.ssh/id_ed25519_detectviz'))?.status).toBe('external');
    const secret = m.deployments.flatMap((d) => d.objects).find((o) => o.name === 'detectviz-gitops-repo');
    expect(secret).toMatchObject({ kind: 'Secret', namespace: 'argocd' });
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

describe('what the Ansible reader cannot follow is a value, never silence', () => {
  const play = (tasks: string[]): Record<string, string> => ({ 'site.yml': ['- hosts: masters', '  tasks:', ...tasks.map((t) => `    ${t}`), ''].join('\n') });

  it('a kubectl apply target built at run time leaves deploys and entry points unknown, until ansible.extraVars gives it', () => {
    const files = play(['- shell: kubectl apply -f {{ cni_url }}']);
    withRepo(files, (m) => {
      expect(m.unresolved).toEqual([
        expect.objectContaining({ affects: ['bootstrap-deploys', 'entrypoints'], at: expect.objectContaining({ file: 'site.yml', line: 3 }), configKey: 'ansible.extraVars' }),
      ]);
      expect(m.deployments).toEqual([]);
    });
    withRepo(files, (m) => {
      expect(m.unresolved).toEqual([]);
      expect(m.deployments.map((d) => d.url)).toEqual(['https://example.com/calico.yaml']);
    }, { extraVars: { cni_url: 'https://example.com/calico.yaml' } });
  });

  it('a pipeline into kubectl apply -f - is followed when it renders or fetches manifests, unresolved otherwise', () => {
    withRepo(
      {
        ...play([
          '- shell: curl -sL https://example.com/v1/install.yaml | kubectl apply -f -',
          '- shell: ./generate.sh | kubectl apply -f -',
          '- shell: "helm template cilium cilium --repo https://helm.cilium.io --version 1.16.3 | kubectl apply -f -"',
          '- shell: "{{ kubectl_bin }} apply -f /tmp/x.yaml"',
          '- shell: "{{ tool }} --version"',
        ]),
      },
      (m) => {
        expect(m.deployments.map((d) => d.url ?? d.chart?.version)).toEqual(['https://example.com/v1/install.yaml', '1.16.3']);
        expect(m.unresolved.map((u) => [u.at.line, u.configKey])).toEqual([[4, undefined], [6, 'ansible.extraVars']]);
      },
    );
  });

  it('a write to a destination built at run time is scoped to its play; one known in part withholds only what it may be', () => {
    withRepo(
      {
        ...play([
          '- copy: { content: "x", dest: "{{ out_dir }}/a.yaml" }',
          '- copy: { content: "x", dest: "/home/{{ user }}/.kube/config" }',
          '- command: kubectl apply -f /tmp/b.yaml',
        ]),
      },
      (m) => {
        expect(m.unresolved).toEqual([expect.objectContaining({ affects: ['bootstrap-writes', 'bootstrap-deploys'], scope: { play: 0 }, at: expect.objectContaining({ line: 3 }) })]);
        expect(m.refs.find((r) => r.kind === 'host-file')).toMatchObject({ ref: '/tmp/b.yaml', status: 'missing' });
      },
    );
  });

  it('reads a registered kubectl create --dry-run -o yaml into the k8s definition that applies it', () => {
    withRepo(
      play([
        '- command: kubectl create secret generic repo-creds --from-file=key=/tmp/key -n argocd --dry-run=client -o yaml',
        '  register: repo_secret',
        '- kubernetes.core.k8s: { state: present, definition: "{{ repo_secret.stdout | from_yaml }}" }',
      ]),
      (m) => {
        expect(m.unresolved).toEqual([]);
        expect(m.deployments[0]?.objects[0]).toMatchObject({ kind: 'Secret', name: 'repo-creds', namespace: 'argocd', at: { line: 3 } });
      },
    );
  });

  it('a repository script that drives cluster tools is unresolved, run by script: or copied and run', () => {
    withRepo(
      {
        ...play([
          '- script: install-cni.sh',
          '- copy: { src: install-cni.sh, dest: /tmp/install-cni.sh }',
          '- command: bash /tmp/install-cni.sh',
          '- script: tune-sysctl.sh',
        ]),
        'files/install-cni.sh': '#!/bin/sh\nkubectl apply -f "$CNI_URL"\n',
        'files/tune-sysctl.sh': '#!/bin/sh\nsysctl -w net.ipv4.ip_forward=1\n',
      },
      (m) => {
        expect(m.unresolved.map((u) => [u.at.line, u.construct])).toEqual([
          [3, 'script: runs files/install-cni.sh'],
          [5, 'command: runs files/install-cni.sh'],
        ]);
      },
    );
  });

  it('reads k8s_info .resources applied back as the objects it fetched (nothing new is installed)', () => {
    withRepo(
      play([
        '- kubernetes.core.k8s_info: { kind: ConfigMap, name: argocd-cm, namespace: argocd }',
        '  register: cm',
        '- kubernetes.core.k8s: { state: present, definition: "{{ cm.resources[0] | combine(patch) }}" }',
        '- kubernetes.core.k8s: { state: present, definition: "{{ other.resources[0] }}" }',
      ]),
      (m) => {
        expect(m.deployments[0]?.objects[0]).toMatchObject({ kind: 'ConfigMap', name: 'argocd-cm', namespace: 'argocd' });
        expect(m.unresolved.map((u) => [u.at.line, u.affects])).toEqual([[6, ['bootstrap-deploys', 'entrypoints']]]);
      },
    );
  });

  it('reads copy content written into the static-pod directory as the pod, at its lines in the task file', () => {
    withRepo(
      play([
        '- copy:',
        '    dest: /etc/kubernetes/manifests/kube-vip.yaml',
        '    content: |',
        '      apiVersion: v1',
        '      kind: Pod',
        '      metadata: { name: kube-vip, namespace: kube-system }',
        '      spec:',
        '        containers:',
        '          - name: kube-vip',
        '            image: ghcr.io/kube-vip/kube-vip:v0.8.9',
      ]),
      (m) => {
        const d = m.deployments.find((x) => x.mechanism === 'static-pod');
        expect(d?.objects[0]).toMatchObject({ kind: 'Pod', name: 'kube-vip', kindAt: { file: 'site.yml', line: 7, column: 11 } });
        expect(d?.objects[0]?.images[0]).toMatchObject({ tag: 'v0.8.9', at: { file: 'site.yml', line: 12 } });
      },
    );
  });

  it('takes controller paths outside the repository as inputs, and a role found in no roles path as unresolved only when one leads outside', () => {
    withRepo(
      {
        ...play([
          "- copy: { src: \"{{ lookup('env', 'HOME') }}/.ssh/id\", dest: /tmp/id }",
          '- copy: { src: /etc/ssl/ca.crt, dest: /tmp/ca.crt }',
          '- include_vars: "{{ playbook_dir }}/../secrets.yml"',
        ]),
        'ansible.cfg': '[defaults]\nroles_path = ~/.ansible/roles:roles\n',
        'other.yml': '- hosts: all\n  roles: [docker]\n',
      },
      (m) => {
        expect(m.refs.filter((r) => r.kind !== 'role').map((r) => r.status)).toEqual(['external', 'external', 'external']);
        expect(m.refs.find((r) => r.kind === 'role')).toMatchObject({ ref: 'docker', status: 'unresolved', notFound: true });
        expect(m.unresolved.map((u) => u.construct)).toEqual(['role docker']);
      },
    );
  });
});

describe('wiring of public repositories (issue 10)', () => {
  const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

  it('a systemd unit whose ExecStart runs k3s server, started by a service task, installs k3s (an agent unit does not)', () => {
    const unit = (args: string) => `[Service]\nExecStart=/usr/local/bin/k3s ${args}\n`;
    const tasks = (unitName: string) =>
      `    - template: { src: unit.j2, dest: /etc/systemd/system/${unitName}.service }\n    - systemd: { name: ${unitName}, state: started }\n`;
    withRepo({ 'site.yml': play(tasks('k3s')), 'templates/unit.j2': unit("{{ 'server' if master else 'agent' }} --disable traefik") }, (m) => {
      expect(m.installers).toEqual([expect.objectContaining({ kind: 'k3s', builtinCni: 'flannel' })]);
      expect(m.installers[0].unpinnedScript).toBeUndefined();
    });
    withRepo({ 'site.yml': play(tasks('k3s')), 'templates/unit.j2': unit('server --flannel-backend=none') }, (m) => expect(m.installers[0]?.builtinCni).toBeUndefined());
    withRepo({ 'site.yml': play(tasks('k3s-node')), 'templates/unit.j2': unit('agent --server https://x:6443') }, (m) => expect(m.installers).toEqual([]));
  });

  it('fills the values files of chart installs: values_files (a Jinja ternary between two files), helm -f/--values', () => {
    withRepo(
      {
        'site.yml': play(
          `    - kubernetes.core.helm:\n        name: apps\n        chart_ref: argocd-apps\n        chart_repo_url: https://argoproj.github.io/argo-helm\n        chart_version: 2.0.2\n        values_files:\n          - "{{ playbook_dir }}/{{ first | ternary('a.yaml', 'b.yaml') }}"\n` +
            `    - command: helm upgrade --install cd argo-cd --repo https://argoproj.github.io/argo-helm --version 7.6.8 -f {{ playbook_dir }}/a.yaml --values={{ playbook_dir }}/missing.yaml\n`,
        ),
        'a.yaml': 'x: 1\n',
        'b.yaml': 'x: 2\n',
      },
      (m) => {
        const [apps, cd] = m.deployments;
        expect(apps.valuesFiles?.map((v) => v.file)).toEqual(['a.yaml', 'b.yaml']);
        expect(cd.valuesFiles?.map((v) => [v.file, v.ref])).toEqual([['a.yaml', 'a.yaml'], [undefined, 'missing.yaml']]);
        expect(m.refs.filter((r) => r.status === 'unresolved')).toEqual([]);
      },
    );
  });

  it('a directory copied to the host writes each of its files (src dir/ its contents, src dir the directory)', () => {
    const url = 'https://raw.githubusercontent.com/argoproj/argo-cd/v2.12.0/manifests/install.yaml';
    withRepo(
      {
        'site.yml': play(
          `    - copy: { src: "{{ playbook_dir }}/boot/", dest: /root/boot/ }\n    - copy: { src: "{{ playbook_dir }}/boot", dest: /opt/ }\n` +
            `    - command: kubectl apply -f /root/boot/cm.yaml\n    - command: kubectl apply -f /opt/boot/cm.yaml\n    - command: kubectl apply -f /root/boot/boot/cm.yaml\n`,
        ),
        'boot/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n',
        'boot/k/kustomization.yaml': `resources:\n  - ${url}\n`,
      },
      (m) => {
        expect(m.deployments.filter((d) => d.sourceFile === 'boot/cm.yaml')).toHaveLength(2);
        expect(m.refs.filter((r) => r.status === 'missing').map((r) => r.ref)).toEqual(['/root/boot/boot/cm.yaml']);
      },
    );
  });

  it('renders a with_fileglob dest through basename and regex_replace: one auto-deploy deployment for the task', () => {
    withRepo(
      {
        'site.yml': play(`    - template:\n        src: "{{ item }}"\n        dest: "/var/lib/rancher/rke2/server/manifests/{{ item | basename | regex_replace('\\\\.j2$', '') }}"\n      with_fileglob:\n        - "templates/vip/*.j2"\n    - command: kubectl apply -f /var/lib/rancher/rke2/server/manifests/a.yaml\n`),
        'templates/vip/a.yaml.j2': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: kube-vip }\n',
        'templates/vip/b.yaml.j2': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: kube-vip-ds }\n',
      },
      (m) => {
        const auto = m.deployments.filter((d) => d.mechanism === 'k3s-manifest');
        expect(auto).toHaveLength(1);
        expect(auto[0].objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'DaemonSet']);
        expect(m.refs.filter((r) => r.status !== 'ok')).toEqual([]);
        expect(m.unresolved).toEqual([]);
      },
    );
  });

  it('applies a registered kustomize build item by item (definition: "{{ item }}" over stdout | from_yaml_all), one deployment per build', () => {
    const url = 'https://raw.githubusercontent.com/argoproj/argo-cd/v2.12.0/manifests/install.yaml';
    withRepo(
      {
        'site.yml': `- hosts: localhost\n  connection: local\n  tasks:\n    - command: kustomize build {{ playbook_dir }}/root\n      register: built\n    - kubernetes.core.k8s:\n        definition: "{{ doc }}"\n      loop: "{{ built.stdout | from_yaml_all | list }}"\n      loop_control: { loop_var: doc }\n`,
        'root/kustomization.yaml': `resources:\n  - ${url}\n  - app.yaml\n`,
        'root/app.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: { name: root }\n',
      },
      (m) => {
        expect(m.deployments).toEqual([expect.objectContaining({ mechanism: 'manifest', url, sourceFile: 'root' })]);
        expect(m.argocdEntrypoints.map((e) => e.file)).toEqual(['root']);
        expect(m.unresolved).toEqual([]);
      },
    );
  });
});

describe('Jinja string filters', () => {
  it('evaluates basename, dirname and regex_replace with back-references; an expression JavaScript reads differently stays unknown', () => {
    const scope = new VarScope([new Map([['p', { value: '/a/b/kube-vip.yml.j2' }]])]);
    const value = (e: string) => { const r = evalExpression(e, scope); return r.kind === 'value' ? r.value : undefined; };
    expect(value("p | basename | regex_replace('\\\\.j2$', '')")).toBe('kube-vip.yml');
    expect(value('p | dirname')).toBe('/a/b');
    expect(value("p | basename | regex_replace('^(\\\\w+)-(\\\\w+)', '\\\\2-\\\\1')")).toBe('vip-kube.yml.j2');
    expect(value("p | regex_replace('\\\\Akube', 'x')")).toBeUndefined();
    expect(value('p | to_yaml')).toBeUndefined();
  });
});
