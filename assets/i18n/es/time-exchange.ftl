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

share-drop-history = Dejar fuera el historial: solo la situación actual
share-drop-history-tooltip = Ningún valor fechado ni ningún hito pasa a la copia; se conservan las posturas, puntuaciones y relaciones actuales
share-history-left-out = Historial excluido: { $values ->
    [one] un valor fechado
   *[other] { $values } valores fechados
} y { $checkpoints ->
    [0] ningún hito
    [one] un hito
   *[other] { $checkpoints } hitos
}
share-sources-left-out = { $count ->
    [one] La fuente confidencial de un valor fechado (el valor se conserva)
   *[other] Las fuentes confidenciales de { $count } valores fechados (los valores se conservan)
}

merge-history-taken = historial: { $added ->
    [one] un valor fechado añadido
   *[other] { $added } valores fechados añadidos
}, { $changed } modificados, { $removed } retirados; { $checkpoints ->
    [0] ningún hito nuevo
    [one] un hito nuevo
   *[other] { $checkpoints } hitos nuevos
}

scene-as-of = Al { $day }
scene-compared = Del { $from } al { $to }
scene-compared-now = Del { $from } a hoy
scene-unpin = Mostrar la situación actual
scene-unpin-tooltip = La escena muestra el mapa tal como está al presentarla, sin comparación

day-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-none = ese mes
month-12 = diciembre

then-now-relations-tab = Relaciones antes y ahora
then-now-relations-summary = { $made ->
    [0] Ninguna relación nueva
    [one] Una relación nueva
   *[other] { $made } relaciones nuevas
}, { $lost } perdidas, { $changed } modificadas
then-now-relations-from = De
then-now-relations-to = A
then-now-relations-since = Desde entonces
then-now-relations-made = nueva
then-now-relations-lost = perdida
then-now-relations-changed = modificada
