-- Receivables (vorderingen) of the finance simulator (demo profile only): money a debtor owes the
-- municipality, e.g. a subsidy recovered under Awb 4:57. Created once per Idempotency-Key
-- (ws_fin_idempotentie, kind 'vordering'); found back by the caller's reference (the zaak).
CREATE TABLE ws_fin_vordering (
  id             VARCHAR(40)    NOT NULL PRIMARY KEY,
  administratie  VARCHAR(20)    NOT NULL,
  debiteur_naam  VARCHAR(200)   NOT NULL,
  bedrag         DECIMAL(15, 2) NOT NULL,
  omschrijving   VARCHAR(200)   NOT NULL,
  referentie     VARCHAR(100)   NOT NULL,
  vervaldatum    DATE           NOT NULL,
  status         VARCHAR(20)    NOT NULL,
  aangemaakt     TIMESTAMP      NOT NULL,
  CONSTRAINT ws_fin_vordering_bedrag CHECK (bedrag > 0)
);

CREATE INDEX ws_fin_vordering_referentie ON ws_fin_vordering (administratie, referentie);
