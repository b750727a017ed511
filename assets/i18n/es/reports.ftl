# los informes que imprime la línea de órdenes: la medida del cambio, el historial

## powermap stats --since
report-change-title = Cambios del { $since } al { $until }
report-change-title-now = Cambios del { $since } a hoy
report-change-new-relations = Relaciones nuevas: { $count }
report-change-lost-relations = Relaciones perdidas: { $count }
report-change-strengthened = Reforzadas: { $count }
report-change-weakened = Debilitadas: { $count }
report-change-strength = (fuerza { $then } → { $now })
report-change-coalition = Coalición «{ $name }»
report-change-toward-ally = Se acercaron a los aliados: { $count } ({ $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $weighted } ponderados por poder)
report-change-away = Se alejaron: { $count } ({ $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $weighted } ponderados por poder)
report-change-movement = { $name }: { $from } → { $to }
report-change-victories = Objetivos que se movieron (victorias intermedias):
report-change-moved-away = Se alejaron de los aliados:
report-change-others = Otros que se acercaron a los aliados:

## powermap history
report-history-title = Historial de «{ $title }»
report-history-no-checkpoints = Ningún hito.
report-history-checkpoints = Hitos
report-history-line = { $date }  { $field }: { $value }
report-history-nothing = Nada registrado.
report-history-relation = relación { $id }
report-history-confidential = confidencial: { $source }

## powermap stats: el informe de análisis
report-plan = El plan de acción

## un actor o una coalición nombrados en la línea de órdenes
find-quoted = «{ $name }»
find-no-stakeholder = ningún actor se llama «{ $name }»
find-no-stakeholder-targets = ningún actor se llama «{ $name }»; los objetivos son { $targets }
find-several-stakeholders = { $count } actores se llaman «{ $name }»; indique mejor el identificador de uno de ellos: { $ids }
find-no-coalition-none = ninguna coalición se llama «{ $name }»; el mapa no tiene coaliciones
find-no-coalition = ninguna coalición se llama «{ $name }»; las coaliciones son { $coalitions }
find-several-coalitions = { $count } coaliciones se llaman «{ $name }»; indique mejor el identificador de una de ellas: { $ids }
stats-json-failed = no se pudo escribir el informe en JSON
