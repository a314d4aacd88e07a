@echo off
rem Starts the tdkt command-line tool on Windows; see the tdkt script beside it for what the options are for.
setlocal
set "TDKT_HOME=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "ARCHIVE="
if exist "%TDKT_HOME%tdkt.jsa" set "ARCHIVE=-XX:SharedArchiveFile=%TDKT_HOME%tdkt.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %ARCHIVE% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %TDKT_JAVA_OPTS% -jar "%TDKT_HOME%tdkt.jar" %*
