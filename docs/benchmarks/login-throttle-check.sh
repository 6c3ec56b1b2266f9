#!/usr/bin/env bash
# A bounded check of the login throttle against a running Plenary with the demo data (default 127.0.0.1:8182).
# It sends at most 45 logins, each from a loopback address other than 127.0.0.1 (curl --interface), so Tomcat treats
# the client as untrusted and ignores the X-Forwarded-For it forges on every attempt. Linux routes all of 127/8 to
# the loopback device. Needs curl. Each run locks the addresses it used for 15 minutes (pass other ones to rerun).
set -euo pipefail
base="${1:-http://127.0.0.1:8182}"
sprayer="${2:-127.0.0.3}"
edge="${3:-127.0.0.4}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

# One form login from address $1 as user $2 with password $3; prints where Plenary sent the browser.
login() {
  rm -f "$jar"
  local token
  token=$(curl -s --interface "$1" -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s --interface "$1" -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
    -H "X-Forwarded-For: 10.$((RANDOM % 256)).$((RANDOM % 256)).$((RANDOM % 250 + 1))" \
    --data-urlencode "username=$2" --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$base/login"
}

verdict() { case "$1" in *error*) echo refused ;; *) echo "logged in" ;; esac; }

echo "1. Password spraying from $sprayer: 25 usernames, one wrong password each, a forged X-Forwarded-For each time"
start=$(date +%s.%N)
for i in $(seq 1 25); do login "$sprayer" "spray-$i-$RANDOM" "Spring2018!" > /dev/null; done
end=$(date +%s.%N)
printf '   25 attempts in %.1f s\n' "$(echo "$end - $start" | bc)"
echo "   then the right password of 'viewer' from $sprayer: $(verdict "$(login "$sprayer" viewer plenary-demo)")"
echo "   and from another address (127.0.0.5):            $(verdict "$(login 127.0.0.5 viewer plenary-demo)")"

echo "2. The threshold, from $edge: 19 wrong, the right password, then one more wrong and the right password again"
for i in $(seq 1 19); do login "$edge" "edge-$i-$RANDOM" "wrong" > /dev/null; done
echo "   after 19 failures: $(verdict "$(login "$edge" viewer plenary-demo)")"
login "$edge" "edge-20-$RANDOM" "wrong" > /dev/null
echo "   after 20 failures: $(verdict "$(login "$edge" viewer plenary-demo)")"
