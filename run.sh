#!/usr/bin/env bash
# Builds LPO Desk and runs Alfresco Content Services + Share with it in Docker, with the verbs of
# the Alfresco SDK's run script. Needs Docker with Compose v2.17+, a JDK 17+, Maven, curl, and
# network access to Alfresco's artifact repository (it serves Alfresco's libraries and plugins).
#
#   ./run.sh build_start    build the extension and the images, start the stack, follow the logs
#   ./run.sh start          start the stack from the last build, follow the logs
#   ./run.sh stop           stop and remove the containers; the data volumes stay
#   ./run.sh purge          stop, then delete the data volumes (repository, database, index)
#   ./run.sh tail           follow the logs of every container
#   ./run.sh reload_share   rebuild the Share extension and restart Share only
#   ./run.sh reload_acs     rebuild the repository extension and restart the repository only
#   ./run.sh build_test     build with the unit tests, start a separate, empty test stack, run the
#                           stack checks and the in-container integration tests, save the logs,
#                           delete the test stack
#
# Environment: LPODESK_DEMO_ENABLED=true loads the demo data (see README);
# LPODESK_SKIP_REPO_CHECK=true skips the probe of Alfresco's repository (e.g. behind a Maven mirror).
set -euo pipefail
cd "$(dirname "$0")"

readonly COMPOSE_FILE_PATH="$PWD/target/docker/docker-compose.yml"
readonly COMPOSE_IT_FILE_PATH="$PWD/target/docker/docker-compose.it.yml"
readonly PROJECT_NAME=lpodesk
# build_test's own stack: its volumes never hold the user's data and are deleted afterwards
readonly TEST_PROJECT_NAME=lpodesk-test
readonly TEST_LOG="$PWD/target/build_test-stack.log"
readonly ALFRESCO_REPO_URL=https://artifacts.alfresco.com/nexus/content/groups/public/
readonly PLATFORM_MODULE_ID=lpodesk-platform
# Host ports of the stack: <acs.port> and <share.port> of the root pom, bound to 127.0.0.1
readonly ACS_PORT=8080
readonly SHARE_PORT=8180
readonly ACS_URL="http://localhost:${ACS_PORT}/alfresco"
readonly SHARE_URL="http://localhost:${SHARE_PORT}/share"
readonly MIN_COMPOSE_VERSION=2.17.0
# One per demo user (platform-module .../bootstrap/demo/demo-data.json); LPODESK_DEMO_PASSWORD
# stands in for any that is not set.
readonly DEMO_PASSWORD_VARS="LPODESK_DEMO_ATTORNEY_PASSWORD LPODESK_DEMO_PARALEGAL_PASSWORD LPODESK_DEMO_FIRM_ADMIN_PASSWORD LPODESK_DEMO_LPO_MANAGER_PASSWORD LPODESK_DEMO_LPO_ASSOCIATE_PASSWORD LPODESK_DEMO_LPO_REVIEWER_PASSWORD LPODESK_DEMO_INTEGRATOR_PASSWORD"

if [ -n "${M2_HOME:-}" ]; then
    MVN_EXEC="${M2_HOME}/bin/mvn"
else
    MVN_EXEC=mvn
fi

say() { printf '[run.sh] %s\n' "$*"; }
die() {
    printf '[run.sh] ERROR: %s\n' "$*" >&2
    exit 1
}

compose() {
    docker compose -p "$PROJECT_NAME" -f "$COMPOSE_FILE_PATH" "$@"
}

# "2.29.1", "v2.29.1" or "2.29.1-desktop.1" -> 0 when $1 >= $2
version_at_least() {
    local have want
    have="$(printf '%s' "$1" | sed -E 's/^v//; s/[^0-9.].*$//')"
    want="$2"
    [ "$(printf '%s\n%s\n' "$want" "$have" | sort -t. -k1,1n -k2,2n -k3,3n | head -n1)" = "$want" ]
}

require_docker() {
    command -v docker >/dev/null 2>&1 \
        || die "Docker is not installed or not on the PATH. Install Docker Engine with the Compose plugin, or Docker Desktop, then try again."
    docker info >/dev/null 2>&1 \
        || die "Docker is installed but its daemon does not answer ('docker info' failed). Start Docker, or add this user to the 'docker' group, then try again."
    local version
    version="$(docker compose version --short 2>/dev/null)" \
        || die "Docker Compose v2 is missing ('docker compose version' failed). Install the Docker Compose plugin (the old 'docker-compose' 1.x is not enough)."
    version_at_least "$version" "$MIN_COMPOSE_VERSION" \
        || die "Docker Compose ${version} is too old: the stack builds its images with additional build contexts, which need Compose ${MIN_COMPOSE_VERSION} or newer."
}

require_build_tools() {
    command -v "$MVN_EXEC" >/dev/null 2>&1 \
        || die "Maven ('${MVN_EXEC}') is not installed or not on the PATH. Install Maven 3.8.1 or newer and a JDK 17 or newer."
    command -v java >/dev/null 2>&1 \
        || die "Java is not installed or not on the PATH. Install a JDK 17 or newer."
}

# The -Palfresco build resolves Alfresco's artifacts from Alfresco's own repository: fail in
# seconds with a clear message instead of minutes into the build with a resolution error.
require_alfresco_repository() {
    if [ "${LPODESK_SKIP_REPO_CHECK:-false}" = "true" ]; then
        say "LPODESK_SKIP_REPO_CHECK=true: not probing ${ALFRESCO_REPO_URL}"
        return
    fi
    command -v curl >/dev/null 2>&1 \
        || die "curl is needed to check that Alfresco's artifact repository is reachable. Install curl, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror."
    local status
    status="$(curl -sS -o /dev/null -w '%{http_code}' --connect-timeout 10 --max-time 30 "$ALFRESCO_REPO_URL" 2>/dev/null)" || status=000
    case "$status" in
        2??|3??) ;;
        000) die "Alfresco's artifact repository ${ALFRESCO_REPO_URL} cannot be reached (no answer within 30 s). The build needs it for Alfresco's libraries and Maven plugins: check the network or proxy, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror." ;;
        *) die "Alfresco's artifact repository ${ALFRESCO_REPO_URL} answered HTTP ${status}. The build needs it for Alfresco's libraries and Maven plugins: check the network or proxy, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror." ;;
    esac
}

require_built() {
    if [ ! -f "$COMPOSE_FILE_PATH" ] || [ ! -f "$COMPOSE_IT_FILE_PATH" ]; then
        die "${COMPOSE_FILE_PATH} does not exist: build first with './run.sh build_start'."
    fi
    ls platform-module/target/"${PLATFORM_MODULE_ID}"-*.amp >/dev/null 2>&1 \
        || die "platform-module/target has no ${PLATFORM_MODULE_ID} AMP: build first with './run.sh build_start'."
    ls share-module/target/lpodesk-share-*.jar >/dev/null 2>&1 \
        || die "share-module/target has no lpodesk-share JAR: build first with './run.sh build_start'."
}

# The demo loader refuses to create users without passwords; say so before anything starts.
require_demo_passwords() {
    [ "${LPODESK_DEMO_ENABLED:-false}" = "true" ] || return 0
    local missing="" var
    for var in $DEMO_PASSWORD_VARS; do
        if [ -z "${!var:-}" ] && [ -z "${LPODESK_DEMO_PASSWORD:-}" ]; then
            missing="${missing} ${var}"
        fi
    done
    [ -z "$missing" ] \
        || die "LPODESK_DEMO_ENABLED=true but these demo passwords are not set:${missing}. Set each of them, or LPODESK_DEMO_PASSWORD for all demo users (at least 12 characters)."
}

build() {
    say "building with '${MVN_EXEC} -Palfresco package' (unit tests included)"
    "$MVN_EXEC" -Palfresco package
}

start() {
    require_built
    require_demo_passwords
    say "starting the stack; the first start creates the database and takes a few minutes"
    if ! compose up -d --build; then
        compose logs --tail=200 alfresco share || true
        die "the stack did not start (logs of the repository and Share above). './run.sh tail' follows all logs."
    fi
    say "Share:      ${SHARE_URL}   (user admin; the images start with password 'admin': change it)"
    say "Repository: ${ACS_URL}"
}

down() {
    if [ -f "$COMPOSE_FILE_PATH" ]; then
        compose down --remove-orphans
    else
        docker compose -p "$PROJECT_NAME" down --remove-orphans
    fi
}

purge() {
    if [ -f "$COMPOSE_FILE_PATH" ]; then
        compose down --remove-orphans --volumes
    else
        docker compose -p "$PROJECT_NAME" down --remove-orphans --volumes
    fi
    say "removed the stack's volumes: repository content, database and search index are gone"
}

tail_logs() {
    require_built
    compose logs -f
}

reload_share() {
    require_built
    "$MVN_EXEC" -Palfresco package -pl share-module
    compose up -d --build --no-deps share
}

reload_acs() {
    require_built
    "$MVN_EXEC" -Palfresco package -pl platform-module -am
    compose up -d --build --no-deps alfresco
}

compose_test() {
    docker compose -p "$TEST_PROJECT_NAME" -f "$COMPOSE_FILE_PATH" -f "$COMPOSE_IT_FILE_PATH" "$@"
}

# Checks against the running test stack: it is healthy, the repository lists the LPO Desk module
# as installed, Share serves its login page. The test stack is new, so its admin password is the
# images' initial "admin" (the SDK's test runner uses the same).
stack_checks() {
    local discovery
    discovery="$(curl -fsS --max-time 30 -u admin:admin "${ACS_URL}/api/discovery")" \
        || { say "the repository's discovery API did not answer"; return 1; }
    printf '%s' "$discovery" | tr -d ' \n' | grep -q "\"id\":\"${PLATFORM_MODULE_ID}\"" \
        || { say "the repository does not list the module ${PLATFORM_MODULE_ID}"; return 1; }
    printf '%s' "$discovery" | tr -d ' \n' | grep -Eq "\"id\":\"${PLATFORM_MODULE_ID}\"[^}]*\"installState\":\"INSTALLED\"" \
        || { say "the module ${PLATFORM_MODULE_ID} is listed but not installed"; return 1; }
    curl -fsS --max-time 30 -o /dev/null "${SHARE_URL}/page" \
        || { say "Share does not serve ${SHARE_URL}/page"; return 1; }
    say "stack checks passed: ${PLATFORM_MODULE_ID} installed, Share answering"
}

build_test() {
    local result=0
    down
    say "building with '${MVN_EXEC} -Palfresco verify -DskipITs' (unit tests included)"
    "$MVN_EXEC" -Palfresco verify -DskipITs
    require_built
    say "starting the test stack '${TEST_PROJECT_NAME}' (with the in-container tests) and waiting until it is healthy"
    compose_test down --volumes --remove-orphans
    if compose_test up -d --build --wait --wait-timeout 900; then
        stack_checks || result=1
        say "running the in-container integration tests"
        "$MVN_EXEC" -Palfresco verify -pl integration-tests -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
            || result=1
    else
        say "the test stack did not become healthy"
        result=1
    fi
    compose_test logs --no-color --tail=all > "$TEST_LOG" 2>&1 || true
    say "logs of the test stack: ${TEST_LOG}"
    compose_test down --volumes --remove-orphans
    [ "$result" -eq 0 ] || die "build_test failed (see above, and ${TEST_LOG})"
    say "build_test passed: unit tests, stack checks and in-container integration tests"
}

usage() {
    echo "Usage: $0 {build_start|start|stop|purge|tail|reload_share|reload_acs|build_test}" >&2
    exit 2
}

case "${1:-}" in
    build_start)
        require_docker
        require_build_tools
        require_alfresco_repository
        require_demo_passwords
        down
        build
        start
        tail_logs
        ;;
    start)
        require_docker
        start
        tail_logs
        ;;
    stop)
        require_docker
        down
        ;;
    purge)
        require_docker
        purge
        ;;
    tail)
        require_docker
        tail_logs
        ;;
    reload_share)
        require_docker
        require_build_tools
        require_alfresco_repository
        reload_share
        tail_logs
        ;;
    reload_acs)
        require_docker
        require_build_tools
        require_alfresco_repository
        reload_acs
        tail_logs
        ;;
    build_test)
        require_docker
        require_build_tools
        require_alfresco_repository
        require_demo_passwords
        build_test
        ;;
    *)
        usage
        ;;
esac
