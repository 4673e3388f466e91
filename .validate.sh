#!/usr/bin/env bash
exec dotnet /tmp/lanyard-cli/lanyard.dll packs validate "$@"
