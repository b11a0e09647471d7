-- What the built-in simulators keep, so that their data survives a restart (demo profile only).
CREATE TABLE ws_simulator_resource (
  system      VARCHAR(40)  NOT NULL,
  collection  VARCHAR(60)  NOT NULL,
  id          VARCHAR(100) NOT NULL,
  lookup_key  VARCHAR(255),
  body        TEXT         NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  PRIMARY KEY (system, collection, id)
);
CREATE INDEX ws_simulator_resource_lookup ON ws_simulator_resource (system, collection, lookup_key);
