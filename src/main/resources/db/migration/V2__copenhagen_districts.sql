-- Copenhagen Municipality's ten administrative districts (bydele), in force since 2007.
-- Not demo data: these are facts every installation needs.
INSERT INTO district (code, name) VALUES ('indre-by', 'Indre By');
INSERT INTO district (code, name) VALUES ('oesterbro', 'Østerbro');
INSERT INTO district (code, name) VALUES ('noerrebro', 'Nørrebro');
INSERT INTO district (code, name) VALUES ('vesterbro-kongens-enghave', 'Vesterbro/Kongens Enghave');
INSERT INTO district (code, name) VALUES ('valby', 'Valby');
INSERT INTO district (code, name) VALUES ('vanloese', 'Vanløse');
INSERT INTO district (code, name) VALUES ('broenshoej-husum', 'Brønshøj-Husum');
INSERT INTO district (code, name) VALUES ('bispebjerg', 'Bispebjerg');
INSERT INTO district (code, name) VALUES ('amager-oest', 'Amager Øst');
INSERT INTO district (code, name) VALUES ('amager-vest', 'Amager Vest');
