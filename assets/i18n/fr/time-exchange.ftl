# L'évolution dans le temps quand les cartes s'échangent : l'historique
# dans une fusion et une comparaison, dans la copie à partager, dans les
# scènes datées et les images.

history-merge-field = { $field } au { $day }
history-merge-no-record = aucune observation
history-merge-stance = position
history-merge-power = pouvoir
history-merge-interest = intérêt
history-merge-commitment = engagement
history-merge-role = rôle
history-merge-strength = force
history-merge-confidence = certitude
history-merge-kind = type
history-merge-exists = existence
history-merge-in-place = en place
history-merge-ended = rompue
history-diff-heading = Historique
history-diff-checkpoint = jalon « { $name } » du { $day }

share-drop-history = Ne pas inclure l'historique : seulement la situation actuelle
share-drop-history-tooltip = Aucune valeur datée ni aucun jalon ne passe dans la copie ; les positions, notes et relations actuelles sont conservées
share-history-left-out = Historique exclu : { $values ->
    [one] une valeur datée
   *[other] { $values } valeurs datées
} et { $checkpoints ->
    [0] aucun jalon
    [one] un jalon
   *[other] { $checkpoints } jalons
}
share-sources-left-out = { $count ->
    [one] La source confidentielle d'une valeur datée (la valeur est conservée)
   *[other] Les sources confidentielles de { $count } valeurs datées (les valeurs sont conservées)
}

merge-history-taken = historique : { $added ->
    [one] une valeur datée ajoutée
   *[other] { $added } valeurs datées ajoutées
}, { $changed } modifiées, { $removed } retirées ; { $checkpoints ->
    [0] aucun nouveau jalon
    [one] un nouveau jalon
   *[other] { $checkpoints } nouveaux jalons
}

scene-as-of = Au { $day }
scene-compared = Du { $from } au { $to }
scene-compared-now = Du { $from } à aujourd'hui
scene-unpin = Afficher la situation actuelle
scene-unpin-tooltip = La scène montre la carte telle qu'elle est au moment de la présentation, sans comparaison

day-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-none = ce mois
month-12 = décembre

then-now-relations-tab = Relations avant et maintenant
then-now-relations-summary = { $made ->
    [0] Aucune relation nouée
    [one] Une relation nouée
   *[other] { $made } relations nouées
}, { $lost } rompues, { $changed } modifiées
then-now-relations-from = De
then-now-relations-to = Vers
then-now-relations-since = Depuis
then-now-relations-made = nouée
then-now-relations-lost = rompue
then-now-relations-changed = modifiée
