#!/usr/bin/env bash
# Restores a backup taken by the portal (admin page, or nightly with KK_BACKUP_DIR) into an empty
# place; then start the portal on it (docs/deployment.md, "Backup and restore").
#
#   restore-backup.sh BACKUP DATA_DIR [POSTGRESQL]
#
# BACKUP      a complete backup folder (kk-YYYYMMDD-HHMMSSmmm, with backup.properties)
# DATA_DIR    the new data folder (KK_DATA_DIR); must not exist or be empty
# POSTGRESQL  for a PostgreSQL backup: the empty database to restore into, as a libpq connection
#             string or URI (e.g. postgresql://kk@db.example:5432/kk_pulih); the password from
#             PGPASSWORD or ~/.pgpass. The backup's schema must not exist there yet.
#
# KK_DOCUMENTS_DIR, when set, is where the documents go (a folder shared by every node), else
# DATA_DIR/dokumen; KK_AUDIT_SEAL_DIR likewise for the seals, else DATA_DIR/segel-audit.
set -euo pipefail

fail() { echo "restore-backup: $*" >&2; exit 1; }

[ $# -ge 2 ] && [ $# -le 3 ] || fail "usage: restore-backup.sh BACKUP DATA_DIR [POSTGRESQL]"
backup=$1
data=$2
target=${3:-}

[ -f "$backup/backup.properties" ] || fail "$backup is not a complete backup (no backup.properties)"
database=$(sed -n 's/^database=//p' "$backup/backup.properties")
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
  fail "$data is not empty: a backup is restored into an empty place only"
fi
documents=${KK_DOCUMENTS_DIR:-$data/dokumen}
seals=${KK_AUDIT_SEAL_DIR:-$data/segel-audit}
for folder in "$documents" "$seals"; do
  if [ -e "$folder" ] && [ -n "$(ls -A "$folder")" ]; then
    fail "$folder is not empty"
  fi
done

case "$database" in
  Derby)
    [ -z "$target" ] || fail "a Derby backup is restored into DATA_DIR only"
    # the backup is the database's own folder, as Derby's online backup wrote it
    derby=$(find "$backup/database" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    [ -f "$derby/service.properties" ] || fail "no Derby database under $backup/database"
    mkdir -p "$data"
    cp -a "$derby" "$data/$(basename "$derby")"
    ;;
  PostgreSQL)
    [ -n "$target" ] || fail "a PostgreSQL backup needs the database to restore into"
    [ -f "$backup/database/kk.dump" ] || fail "no kk.dump under $backup/database"
    mkdir -p "$data"
    # --no-owner: the restoring user owns what it creates; --exit-on-error: a half-restored
    # database is not left looking restored (the caller drops it and tries again)
    pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$backup/database/kk.dump"
    ;;
  *)
    fail "backup.properties names no known database: '$database'"
    ;;
esac

mkdir -p "$documents" "$seals"
[ ! -d "$backup/dokumen" ] || cp -a "$backup/dokumen/." "$documents/"
[ ! -d "$backup/segel-audit" ] || cp -a "$backup/segel-audit/." "$seals/"
[ ! -d "$backup/demo-pki" ] || cp -a "$backup/demo-pki" "$data/demo-pki"
[ ! -f "$backup/second-factor.key" ] || cp -a "$backup/second-factor.key" "$data/second-factor.key"
echo "Restored $database backup $(basename "$backup") into $data"
