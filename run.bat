@ECHO OFF
REM Builds LPO Desk and runs Alfresco Content Services + Share with it in Docker, with the verbs
REM of the Alfresco SDK's run script (the same verbs as run.sh). Needs Docker Desktop with
REM Compose v2.17+, a JDK 17+, Maven, curl.exe (shipped with Windows 10 and later), and network
REM access to Alfresco's artifact repository.
REM
REM   run.bat build_start | start | stop | purge | tail | reload_share | reload_acs | build_test
REM
REM Environment: LPODESK_DEMO_ENABLED=true loads the demo data (see README);
REM LPODESK_SKIP_REPO_CHECK=true skips the probe of Alfresco's repository.
SETLOCAL ENABLEDELAYEDEXPANSION
CD /D "%~dp0"

SET "COMPOSE_FILE_PATH=%CD%\target\docker\docker-compose.yml"
SET "COMPOSE_IT_FILE_PATH=%CD%\target\docker\docker-compose.it.yml"
SET "PROJECT_NAME=lpodesk"
REM build_test's own stack: its volumes never hold the user's data and are deleted afterwards
SET "TEST_PROJECT_NAME=lpodesk-test"
SET "TEST_LOG=%CD%\target\build_test-stack.log"
SET "ALFRESCO_REPO_URL=https://artifacts.alfresco.com/nexus/content/groups/public/"
SET "PLATFORM_MODULE_ID=lpodesk-platform"
REM Host ports of the stack: <acs.port> and <share.port> of the root pom, bound to 127.0.0.1
SET "ACS_PORT=8080"
SET "SHARE_PORT=8180"
SET "ACS_URL=http://localhost:%ACS_PORT%/alfresco"
SET "SHARE_URL=http://localhost:%SHARE_PORT%/share"
SET "MIN_COMPOSE_MINOR=17"
SET "DEMO_PASSWORD_VARS=LPODESK_DEMO_ATTORNEY_PASSWORD LPODESK_DEMO_PARALEGAL_PASSWORD LPODESK_DEMO_FIRM_ADMIN_PASSWORD LPODESK_DEMO_LPO_MANAGER_PASSWORD LPODESK_DEMO_LPO_ASSOCIATE_PASSWORD LPODESK_DEMO_LPO_REVIEWER_PASSWORD LPODESK_DEMO_INTEGRATOR_PASSWORD"

IF "%M2_HOME%"=="" (
    SET "MVN_EXEC=mvn"
) ELSE (
    SET "MVN_EXEC=%M2_HOME%\bin\mvn"
)

IF "%~1"=="build_start" GOTO verb_build_start
IF "%~1"=="start" GOTO verb_start
IF "%~1"=="stop" GOTO verb_stop
IF "%~1"=="purge" GOTO verb_purge
IF "%~1"=="tail" GOTO verb_tail
IF "%~1"=="reload_share" GOTO verb_reload_share
IF "%~1"=="reload_acs" GOTO verb_reload_acs
IF "%~1"=="build_test" GOTO verb_build_test
ECHO Usage: %~nx0 {build_start^|start^|stop^|purge^|tail^|reload_share^|reload_acs^|build_test} 1>&2
EXIT /B 2

:verb_build_start
CALL :require_docker || EXIT /B 1
CALL :require_build_tools || EXIT /B 1
CALL :require_alfresco_repository || EXIT /B 1
CALL :require_demo_passwords || EXIT /B 1
CALL :down
CALL :build || EXIT /B 1
CALL :start || EXIT /B 1
CALL :tail
EXIT /B %ERRORLEVEL%

:verb_start
CALL :require_docker || EXIT /B 1
CALL :start || EXIT /B 1
CALL :tail
EXIT /B %ERRORLEVEL%

:verb_stop
CALL :require_docker || EXIT /B 1
CALL :down
EXIT /B %ERRORLEVEL%

:verb_purge
CALL :require_docker || EXIT /B 1
CALL :purge
EXIT /B %ERRORLEVEL%

:verb_tail
CALL :require_docker || EXIT /B 1
CALL :require_built || EXIT /B 1
CALL :tail
EXIT /B %ERRORLEVEL%

:verb_reload_share
CALL :require_docker || EXIT /B 1
CALL :require_build_tools || EXIT /B 1
CALL :require_alfresco_repository || EXIT /B 1
CALL :require_built || EXIT /B 1
CALL "%MVN_EXEC%" -Palfresco package -pl share-module || EXIT /B 1
docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" up -d --build --no-deps share || EXIT /B 1
CALL :tail
EXIT /B %ERRORLEVEL%

:verb_reload_acs
CALL :require_docker || EXIT /B 1
CALL :require_build_tools || EXIT /B 1
CALL :require_alfresco_repository || EXIT /B 1
CALL :require_built || EXIT /B 1
CALL "%MVN_EXEC%" -Palfresco package -pl platform-module -am || EXIT /B 1
docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" up -d --build --no-deps alfresco || EXIT /B 1
CALL :tail
EXIT /B %ERRORLEVEL%

:verb_build_test
CALL :require_docker || EXIT /B 1
CALL :require_build_tools || EXIT /B 1
CALL :require_alfresco_repository || EXIT /B 1
CALL :require_demo_passwords || EXIT /B 1
CALL :down
ECHO [run.bat] building with '%MVN_EXEC% -Palfresco verify -DskipITs' (unit tests included)
CALL "%MVN_EXEC%" -Palfresco verify -DskipITs || EXIT /B 1
CALL :require_built || EXIT /B 1
SET "TEST_RESULT=0"
SET "TEST_COMPOSE=docker compose -p %TEST_PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" -f "%COMPOSE_IT_FILE_PATH%""
ECHO [run.bat] starting the test stack '%TEST_PROJECT_NAME%' (with the in-container tests) and waiting until it is healthy
%TEST_COMPOSE% down --volumes --remove-orphans
%TEST_COMPOSE% up -d --build --wait --wait-timeout 900
IF ERRORLEVEL 1 (
    ECHO [run.bat] the test stack did not become healthy
    SET "TEST_RESULT=1"
    GOTO build_test_end
)
CALL :stack_checks || SET "TEST_RESULT=1"
ECHO [run.bat] running the in-container integration tests
CALL "%MVN_EXEC%" -Palfresco verify -pl integration-tests -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false || SET "TEST_RESULT=1"
:build_test_end
%TEST_COMPOSE% logs --no-color --tail=all > "%TEST_LOG%" 2>&1
ECHO [run.bat] logs of the test stack: %TEST_LOG%
%TEST_COMPOSE% down --volumes --remove-orphans
IF "%TEST_RESULT%"=="1" (
    ECHO [run.bat] ERROR: build_test failed ^(see above, and %TEST_LOG%^) 1>&2
    EXIT /B 1
)
ECHO [run.bat] build_test passed: unit tests, stack checks and in-container integration tests
EXIT /B 0

REM ---------------------------------------------------------------------------------------------

:fail
ECHO [run.bat] ERROR: %~1 1>&2
EXIT /B 1

:require_docker
WHERE docker >NUL 2>&1 || (CALL :fail "Docker is not installed or not on the PATH. Install Docker Desktop, then try again." & EXIT /B 1)
docker info >NUL 2>&1 || (CALL :fail "Docker is installed but its engine does not answer ('docker info' failed). Start Docker Desktop, then try again." & EXIT /B 1)
SET "COMPOSE_VERSION="
FOR /F "usebackq delims=" %%V IN (`docker compose version --short 2^>NUL`) DO SET "COMPOSE_VERSION=%%V"
IF NOT DEFINED COMPOSE_VERSION (CALL :fail "Docker Compose v2 is missing ('docker compose version' failed). Install or update Docker Desktop." & EXIT /B 1)
SET "COMPOSE_VERSION=%COMPOSE_VERSION:v=%"
FOR /F "tokens=1,2 delims=.-" %%A IN ("%COMPOSE_VERSION%") DO (
    SET /A "COMPOSE_MAJOR=%%A" 2>NUL
    SET /A "COMPOSE_MINOR=%%B" 2>NUL
)
IF !COMPOSE_MAJOR! LSS 2 (CALL :fail "Docker Compose %COMPOSE_VERSION% is too old: the stack needs Compose 2.%MIN_COMPOSE_MINOR% or newer." & EXIT /B 1)
IF !COMPOSE_MAJOR! EQU 2 IF !COMPOSE_MINOR! LSS %MIN_COMPOSE_MINOR% (CALL :fail "Docker Compose %COMPOSE_VERSION% is too old: the stack builds its images with additional build contexts, which need Compose 2.%MIN_COMPOSE_MINOR% or newer." & EXIT /B 1)
EXIT /B 0

:require_build_tools
WHERE "%MVN_EXEC%" >NUL 2>&1 || IF NOT EXIST "%MVN_EXEC%.cmd" (CALL :fail "Maven ('%MVN_EXEC%') is not installed or not on the PATH. Install Maven 3.8.1 or newer and a JDK 17 or newer." & EXIT /B 1)
WHERE java >NUL 2>&1 || (CALL :fail "Java is not installed or not on the PATH. Install a JDK 17 or newer." & EXIT /B 1)
EXIT /B 0

:require_alfresco_repository
IF /I "%LPODESK_SKIP_REPO_CHECK%"=="true" (
    ECHO [run.bat] LPODESK_SKIP_REPO_CHECK=true: not probing %ALFRESCO_REPO_URL%
    EXIT /B 0
)
WHERE curl >NUL 2>&1 || (CALL :fail "curl is needed to check that Alfresco's artifact repository is reachable. Install curl, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror." & EXIT /B 1)
SET "REPO_STATUS=000"
FOR /F "usebackq delims=" %%S IN (`curl -sS -o NUL -w "%%{http_code}" --connect-timeout 10 --max-time 30 "%ALFRESCO_REPO_URL%" 2^>NUL`) DO SET "REPO_STATUS=%%S"
SET "REPO_CLASS=%REPO_STATUS:~0,1%"
IF "%REPO_CLASS%"=="2" EXIT /B 0
IF "%REPO_CLASS%"=="3" EXIT /B 0
IF "%REPO_STATUS%"=="000" (CALL :fail "Alfresco's artifact repository %ALFRESCO_REPO_URL% cannot be reached (no answer within 30 s). The build needs it for Alfresco's libraries and Maven plugins: check the network or proxy, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror." & EXIT /B 1)
CALL :fail "Alfresco's artifact repository %ALFRESCO_REPO_URL% answered HTTP %REPO_STATUS%. The build needs it for Alfresco's libraries and Maven plugins: check the network or proxy, or set LPODESK_SKIP_REPO_CHECK=true if Maven reaches it through a mirror."
EXIT /B 1

:require_built
IF NOT EXIST "%COMPOSE_IT_FILE_PATH%" (CALL :fail "%COMPOSE_IT_FILE_PATH% does not exist: build first with 'run.bat build_start'." & EXIT /B 1)
IF NOT EXIST "%COMPOSE_FILE_PATH%" (CALL :fail "%COMPOSE_FILE_PATH% does not exist: build first with 'run.bat build_start'." & EXIT /B 1)
IF NOT EXIST "platform-module\target\%PLATFORM_MODULE_ID%-*.amp" (CALL :fail "platform-module\target has no %PLATFORM_MODULE_ID% AMP: build first with 'run.bat build_start'." & EXIT /B 1)
IF NOT EXIST "share-module\target\lpodesk-share-*.jar" (CALL :fail "share-module\target has no lpodesk-share JAR: build first with 'run.bat build_start'." & EXIT /B 1)
EXIT /B 0

:require_demo_passwords
IF /I NOT "%LPODESK_DEMO_ENABLED%"=="true" EXIT /B 0
IF DEFINED LPODESK_DEMO_PASSWORD EXIT /B 0
SET "MISSING="
FOR %%P IN (%DEMO_PASSWORD_VARS%) DO (
    IF NOT DEFINED %%P SET "MISSING=!MISSING! %%P"
)
IF DEFINED MISSING (CALL :fail "LPODESK_DEMO_ENABLED=true but these demo passwords are not set:!MISSING!. Set each of them, or LPODESK_DEMO_PASSWORD for all demo users (at least 12 characters)." & EXIT /B 1)
EXIT /B 0

:build
ECHO [run.bat] building with '%MVN_EXEC% -Palfresco package' (unit tests included)
CALL "%MVN_EXEC%" -Palfresco package || EXIT /B 1
EXIT /B 0

:start
CALL :require_built || EXIT /B 1
CALL :require_demo_passwords || EXIT /B 1
ECHO [run.bat] starting the stack; the first start creates the database and takes a few minutes
docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" up -d --build
IF ERRORLEVEL 1 (
    docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" logs --tail=200 alfresco share
    CALL :fail "the stack did not start (logs of the repository and Share above). 'run.bat tail' follows all logs."
    EXIT /B 1
)
ECHO [run.bat] Share:      %SHARE_URL%   (user admin; the images start with password 'admin': change it)
ECHO [run.bat] Repository: %ACS_URL%
EXIT /B 0

:down
IF EXIST "%COMPOSE_FILE_PATH%" (
    docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" down --remove-orphans
) ELSE (
    docker compose -p %PROJECT_NAME% down --remove-orphans
)
EXIT /B 0

:purge
IF EXIST "%COMPOSE_FILE_PATH%" (
    docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" down --remove-orphans --volumes
) ELSE (
    docker compose -p %PROJECT_NAME% down --remove-orphans --volumes
)
ECHO [run.bat] removed the stack's volumes: repository content, database and search index are gone
EXIT /B 0

:tail
docker compose -p %PROJECT_NAME% -f "%COMPOSE_FILE_PATH%" logs -f
EXIT /B 0

:stack_checks
REM The test stack is new, so its admin password is the images' initial "admin" (the SDK's test runner uses the same).
SET "DISCOVERY=%TEMP%\lpodesk-discovery.json"
curl -fsS --max-time 30 -u admin:admin -o "%DISCOVERY%" "%ACS_URL%/api/discovery" || (ECHO [run.bat] the repository's discovery API did not answer & EXIT /B 1)
FINDSTR /C:"%PLATFORM_MODULE_ID%" "%DISCOVERY%" >NUL || (ECHO [run.bat] the repository does not list the module %PLATFORM_MODULE_ID% & EXIT /B 1)
curl -fsS --max-time 30 -o NUL "%SHARE_URL%/page" || (ECHO [run.bat] Share does not serve %SHARE_URL%/page & EXIT /B 1)
ECHO [run.bat] stack checks passed: %PLATFORM_MODULE_ID% installed, Share answering
EXIT /B 0
