-- The finance simulator (demo profile only): budgets, reservations, commitments and payments of
-- each administratie, kept in their own tables so that a reservation is one conditional UPDATE and
-- a budget's ceiling holds whatever arrives at the same time. Amounts in EUR, two decimals.
CREATE TABLE ws_fin_budget (
  administratie  VARCHAR(20)    NOT NULL,
  budgetcode     VARCHAR(40)    NOT NULL,
  omschrijving   VARCHAR(200)   NOT NULL,
  plafond        DECIMAL(15, 2) NOT NULL,
  gereserveerd   DECIMAL(15, 2) DEFAULT 0 NOT NULL,
  vastgelegd     DECIMAL(15, 2) DEFAULT 0 NOT NULL,
  betaald        DECIMAL(15, 2) DEFAULT 0 NOT NULL,
  PRIMARY KEY (administratie, budgetcode),
  CONSTRAINT ws_fin_budget_bedragen CHECK (plafond >= 0 AND gereserveerd >= 0 AND vastgelegd >= 0 AND betaald >= 0),
  CONSTRAINT ws_fin_budget_plafond CHECK (gereserveerd + vastgelegd + betaald <= plafond)
);

CREATE TABLE ws_fin_reservering (
  id             VARCHAR(40)    NOT NULL PRIMARY KEY,
  administratie  VARCHAR(20)    NOT NULL,
  budgetcode     VARCHAR(40)    NOT NULL,
  bedrag         DECIMAL(15, 2) NOT NULL,
  referentie     VARCHAR(100),
  omschrijving   VARCHAR(200),
  status         VARCHAR(20)    NOT NULL,
  aangemaakt     TIMESTAMP      NOT NULL,
  CONSTRAINT ws_fin_reservering_budget FOREIGN KEY (administratie, budgetcode)
    REFERENCES ws_fin_budget (administratie, budgetcode)
);

CREATE TABLE ws_fin_verplichting (
  id              VARCHAR(40)    NOT NULL PRIMARY KEY,
  administratie   VARCHAR(20)    NOT NULL,
  reservering_id  VARCHAR(40)    NOT NULL,
  budgetcode      VARCHAR(40)    NOT NULL,
  bedrag          DECIMAL(15, 2) NOT NULL,
  betaald         DECIMAL(15, 2) DEFAULT 0 NOT NULL,
  crediteur_naam  VARCHAR(200)   NOT NULL,
  crediteur_iban  VARCHAR(34)    NOT NULL,
  status          VARCHAR(20)    NOT NULL,
  aangemaakt      TIMESTAMP      NOT NULL,
  CONSTRAINT ws_fin_verplichting_reservering FOREIGN KEY (reservering_id) REFERENCES ws_fin_reservering (id),
  CONSTRAINT ws_fin_verplichting_betaald CHECK (betaald >= 0 AND betaald <= bedrag)
);

CREATE TABLE ws_fin_betaling (
  id               VARCHAR(40)    NOT NULL PRIMARY KEY,
  administratie    VARCHAR(20)    NOT NULL,
  verplichting_id  VARCHAR(40)    NOT NULL,
  bedrag           DECIMAL(15, 2) NOT NULL,
  iban             VARCHAR(34)    NOT NULL,
  omschrijving     VARCHAR(140),
  betaaldatum      DATE           NOT NULL,
  aangemaakt       TIMESTAMP      NOT NULL,
  CONSTRAINT ws_fin_betaling_verplichting FOREIGN KEY (verplichting_id) REFERENCES ws_fin_verplichting (id)
);

-- One row per Idempotency-Key: the first request with a key makes the resource, every later one
-- gets that same resource back. The fingerprint tells a repeat from a reuse with other content.
CREATE TABLE ws_fin_idempotentie (
  administratie  VARCHAR(20)  NOT NULL,
  sleutel        VARCHAR(255) NOT NULL,
  soort          VARCHAR(20)  NOT NULL,
  vingerafdruk   VARCHAR(64)  NOT NULL,
  resource_id    VARCHAR(40)  NOT NULL,
  aangemaakt     TIMESTAMP    NOT NULL,
  PRIMARY KEY (administratie, sleutel)
);
