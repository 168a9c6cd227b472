#!/usr/bin/env bash
# Follows one service's event feed over HTTP and keeps its pointer in a file, so that it resumes
# where it stopped after a restart of itself or of the service (docs/events.md, "The event feed over
# HTTP"). Each event is handed to handle() before the pointer moves past it: at least once.
#
#   source .data/tokens.env
#   TOKEN=$READER_TOKEN docs/feed-follower.sh http://localhost:8081 agreement.pointer
#   docs/feed-follower.sh http://localhost:8084 evaluation.pointer public   # no token: the public feed
set -euo pipefail

base=${1:?the base URL of a service, e.g. http://localhost:8081}
pointer=${2:-feed.pointer}
path=/api/v1/events
auth=(-H "Authorization: Bearer ${TOKEN:?set TOKEN to a bearer token, or pass public}")
if [ "${3:-}" = public ]; then path=/api/v1/public/events; auth=(); fi
[ -s "$pointer" ] || echo 0 >"$pointer"
page=$(mktemp)
trap 'rm -f "$page"' EXIT

handle() { # one event as a line of JSON; replace with what your system does
  jq -r '"\(.sequence) \(.time) \(.type) \(.subject)"'
}

while true; do
  after=$(cat "$pointer")
  status=$(curl -sS -o "$page" -w '%{http_code}' "${auth[@]}" \
    "$base$path?after=$after&wait=30") || status=000
  case $status in
    200)
      jq -c '.events[]' "$page" | while read -r event; do handle <<<"$event"; done
      jq '.next' "$page" >"$pointer.new" && mv "$pointer.new" "$pointer" ;;
    410) # the pointer is older than the feed reaches back: decide by hand how to catch up
      jq -r '"feed expired; oldest sequence served: \(.oldestSequence)"' "$page" >&2
      exit 1 ;;
    *) # the service restarts, or the network fails: try again in a while, from the same pointer
      echo "feed answered $status; retrying" >&2
      sleep 5 ;;
  esac
done
