-- One database per service, as the local stack creates them (./rollcall, local-stack PostgresLauncher).
CREATE DATABASE rollcall_identity;
CREATE DATABASE rollcall_attendance;
CREATE DATABASE rollcall_meeting;
