package no.bygdevekst.platform.probe;

public enum ProbeKind {
  SMALL,
  LARGE
}
