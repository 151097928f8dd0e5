/**
 * One interface for every place model files live: a local git repository, GitHub (and GitHub
 * Enterprise), GitLab (and self-managed), Bitbucket Cloud. Adapters implement it; the engine and
 * the front ends only ever see this.
 */

export interface Branch {
  name: string
  /** The commit the branch points at. */
  commit: string
}

/** A file on a ref: its path from the repository root and the id of its content (a blob sha). */
export interface RepoFile {
  path: string
  blob: string
  size?: number
  /** Git's file mode where the host gives it (`100644`, `100755`; `120000` is a symbolic link). */
  mode?: string
}

/** One file of a commit: new content, or `null` to delete it. */
export interface FileWrite {
  path: string
  content: string | null
  /**
   * What the file must be in the parent commit for this write to go ahead: its blob sha, or `null`
   * for "must not exist". Left out, only the branch head is checked.
   */
  expectedBlob?: string | null
}

export interface CommitRequest {
  branch: string
  /** The commit the branch must still point at: anything else is a conflict, never overwritten. */
  parent: string
  message: string
  files: FileWrite[]
  author?: { name: string; email: string }
}

export interface PullRequestRequest {
  head: string
  base: string
  title: string
  body: string
}

export interface PullRequest {
  number: number
  url: string
  /** False when an open one for the same head and base was found and updated. */
  created: boolean
}

export interface RepositoryInfo {
  /** As the provider names it: `owner/repo`, `group/sub/project`, `workspace/repo`. */
  fullName: string
  defaultBranch: string
  /** Read-only on its host (GitHub, GitLab): a scheduled sync passes it over unless asked. */
  archived?: boolean
  /** A fork of another repository: its models are usually the parent's. */
  fork?: boolean
}

/** One repository, read and written through its host's API (or git itself). */
export interface Repository {
  /** Stable identity, used to qualify model keys: `github:owner/repo`, `git:URL`, … */
  readonly id: string
  info(): Promise<RepositoryInfo>
  listBranches(): Promise<Branch[]>
  /** A branch, tag or commit → the commit sha. */
  resolve(ref: string): Promise<string>
  /** Every file on a commit, in as few calls as the host allows (a recursive tree, not a walk). */
  listFiles(commit: string): Promise<RepoFile[]>
  /** Contents of files on a commit, keyed by path. */
  readFiles(commit: string, files: RepoFile[]): Promise<Map<string, Uint8Array>>
  /**
   * The files on a commit that `wanted` picks, with their contents, in O(1) requests where the host
   * offers an archive of the tree (`folder`, when given, holds every wanted file). Undefined where
   * it does not, or the archive could not be had: the caller lists and reads file by file.
   */
  readTree?(
    commit: string,
    wanted: (path: string) => boolean,
    folder?: string,
  ): Promise<Array<RepoFile & { bytes: Uint8Array }> | undefined>
  createBranch(name: string, commit: string): Promise<void>
  /** All files in one commit, only if nothing changed under it; returns the new commit sha. */
  commit(request: CommitRequest): Promise<string>
  /** Opens a pull/merge request, or updates the open one with the same head and base. */
  openPullRequest(request: PullRequestRequest): Promise<PullRequest>
  /**
   * Creates, or updates in place, the one comment on a pull request that starts with `marker`;
   * with `create: false`, only updates one that is there (to say a plan no longer changes anything).
   */
  upsertComment(
    pullRequest: number,
    marker: string,
    body: string,
    options?: { create?: boolean },
  ): Promise<void>
}

/** The write was refused because the branch or a file moved since it was read: nothing was written. */
export class WriteConflictError extends Error {
  readonly path: string | undefined
  constructor(message: string, path?: string) {
    super(message)
    this.name = 'WriteConflictError'
    this.path = path
  }
}

/** The host does not offer this (e.g. pull requests on a plain git repository). */
export class UnsupportedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedError'
  }
}
