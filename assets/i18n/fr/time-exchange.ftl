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
history-diff-checkpoint = jalon « { $name } » du { $day }

merge-history-taken = historique : { $added ->
    [one] une valeur datée ajoutée
   *[other] { $added } valeurs datées ajoutées
}, { $changed } modifiées, { $removed } retirées ; { $checkpoints ->
    [0] aucun nouveau jalon
    [one] un nouveau jalon
   *[other] { $checkpoints } nouveaux jalons
}
