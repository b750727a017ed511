# Les mots des listes fermées de la carte tels que l'interface les montre.
# Le fichier de carte et les tableurs gardent leurs mots anglais, quelle
# que soit la langue.

kind-organization = Organisation
kind-target = Cible
kind-individual = Personne
kind-constituency = Base sociale
kind-media = Média
kind-funder = Bailleur de fonds
kind-other = Autre

group-organization = Organisations ({ $count })
group-target = Cibles ({ $count })
group-individual = Personnes ({ $count })
group-constituency = Bases sociales ({ $count })
group-media = Médias ({ $count })
group-funder = Bailleurs de fonds ({ $count })
group-other = Autres ({ $count })

stance-active-ally = Allié actif
stance-passive-ally = Allié passif
stance-neutral = Neutre
stance-passive-opposition = Opposant passif
stance-active-opposition = Opposant actif
stance-unknown = Inconnue

role-leadership-core = Cœur de coalition
role-core-partner = Partenaire clé
role-network-member = Membre du réseau
role-external = Externe

member-role-lead = Chef de file
member-role-member = Membre

contribution-staff = Personnel
contribution-funding = Financement
contribution-expertise = Expertise
contribution-legitimacy = Légitimité
contribution-information = Information
contribution-contacts = Contacts
contribution-constituency-access = Accès à la base
contribution-ideology = Idées
contribution-power = Pouvoir

confidence-confirmed = Confirmée
confidence-uncertain = Incertaine

focus-incoming = Entrantes
focus-outgoing = Sortantes
focus-both = Dans les deux sens

scene-view-network = Réseau
scene-view-grid = Grille pouvoir/intérêt
scene-view-spectrum = Spectre des alliés

relation-influences = Influence
relation-funds = Finance
relation-member-of = Membre de
relation-allied-with = Allié à
relation-opposes = S'oppose à
relation-has-access-to = A accès à
relation-reports-to = Rend compte à
relation-cooperates = Coopère
relation-coordinates = Se coordonne
relation-collaborates = Collabore

field-id = Identifiant

field-name = Nom

field-kind = Type

field-stance = Position

field-power = Pouvoir

field-interest = Intérêt

field-role = Rôle

field-commitment = Engagement

field-contributions = Apports

field-expertise = Expertise

field-tags = Étiquettes

field-notes = Notes

field-confidential-notes = Notes confidentielles

field-x = X

field-y = Y

field-pinned = Épinglée

field-from = De

field-to = Vers

field-mutual = Réciproque

field-strength = Force

field-confidence = Certitude

field-note = Note

value-yes = Oui

value-no = Non

strength-weak = Faible

strength-medium = Moyenne

strength-strong = Forte
