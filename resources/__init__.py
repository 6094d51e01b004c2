"""Data files shipped with Piyue: the sample report, dictionaries, icons, translations, styles."""
