# La evolución en el tiempo cuando se intercambian mapas: el historial en
# una fusión y una comparación, en la copia para compartir, en las escenas
# fechadas y las imágenes.

history-merge-field = { $field } el { $day }
history-merge-no-record = ningún registro
history-merge-stance = postura
history-merge-power = poder
history-merge-interest = interés
history-merge-commitment = compromiso
history-merge-role = rol
history-merge-strength = fuerza
history-merge-confidence = certeza
history-merge-kind = tipo
history-merge-exists = vigencia
history-merge-in-place = vigente
history-merge-ended = terminada
history-diff-heading = Historial
history-diff-checkpoint = hito «{ $name }» del { $day }

merge-history-taken = historial: { $added ->
    [one] un valor fechado añadido
   *[other] { $added } valores fechados añadidos
}, { $changed } modificados, { $removed } retirados; { $checkpoints ->
    [0] ningún hito nuevo
    [one] un hito nuevo
   *[other] { $checkpoints } hitos nuevos
}
