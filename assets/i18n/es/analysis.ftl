# panel de análisis

analysis-heading = Análisis
analysis-working = Calculando rutas y carencias…
analysis-progress = Rutas encontradas hacia { $done } de { $total } objetivos
analysis-updating = Actualizando con sus cambios…
analysis-targets = Objetivos
analysis-targets-subtitle = Quién puede llegar a cada objetivo, y a través de quién
analysis-gaps = Carencias
analysis-gaps-subtitle = Dónde flaquean las coaliciones
analysis-change = Cambio en el tiempo
analysis-change-subtitle = Quién se movió en el espectro, y las victorias parciales
analysis-central = Actores centrales
analysis-central-subtitle = Quién mantiene unida la red
analysis-people = Buscar personas para una tarea
analysis-people-subtitle = Ordenadas por experiencia, postura y función
analysis-all-coalitions = Todas las coaliciones
analysis-routes-from = Rutas desde
analysis-no-coalition = Las rutas parten de los miembros de una coalición: cree antes una coalición.
analysis-size-by-brokerage = Tamaño según la intermediación
analysis-estimated = Estimado a partir de { $count } actores: el mapa es grande.
analysis-rank-by = Ordenar por
analysis-expertise = Experiencia
analysis-expertise-wanted = Experiencia buscada
analysis-expertise-hint = jurídica, medios
analysis-allies-only = Solo aliados
analysis-type-expertise = Escriba la experiencia que necesita la tarea y luego Intro.
analysis-nobody = Nadie en el mapa tiene esa experiencia y podría asumir la tarea.
analysis-candidate-member = miembro
analysis-passed = ✔ Bien
analysis-finding = ✖ Hallazgo
analysis-select-all = Seleccionar todos

centrality-in = Relaciones entrantes
centrality-out = Relaciones salientes
centrality-betweenness = Intermediación
centrality-closeness = Cercanía
centrality-eigenvector = Vector propio
centrality-in-value = { $count } entrantes
centrality-out-value = { $count } salientes
centrality-in-description = Relaciones que llegan
centrality-out-description = Relaciones que salen
centrality-betweenness-description = Intermediación: con qué frecuencia se sitúan entre otros dos
centrality-closeness-description = Cercanía: lo cerca que están de todos a quienes pueden llegar
centrality-eigenvector-description = Vector propio: lo bien conectados que están sus contactos
centrality-all = Entrantes { $in } · salientes { $out } · intermediación { $betweenness } · cercanía { $closeness } · vector propio { $eigenvector }

gaps-unreachable-targets = Objetivos a los que ningún miembro llega:
gaps-only-through = A { $target } solo se llega a través de
gaps-strong-opponents = Opositores activos poderosos e interesados:
gaps-missing-contributions = { $name }: ningún miembro aporta { $contributions }
gaps-no-leadership-core = { $name } no tiene núcleo de la coalición
gaps-low-commitment = { $name }: el compromiso de los miembros es bajo ({ $average } de 5)
gaps-none = No se encontraron carencias.

health-subtitle = Las cuatro C: condiciones, compromiso, contribuciones, competencias
health-header = { $count ->
        [one] { $name } ({ $count } hallazgo)
       *[other] { $name } ({ $count } hallazgos)
    }
health-conditions = Condiciones
health-commitment = Compromiso
health-contributions = Contribuciones
health-competence = Competencias

routes-no-target = Ningún actor es todavía un objetivo.
routes-target-is-member = El objetivo es él mismo miembro.
routes-none = Ningún miembro llega a él por relaciones que transmitan influencia.
routes-show-on-map = Mostrar en el mapa:
routes-all = Todas las rutas
routes-route = Ruta { $number }
routes-uncertain-step = › incierta ›
routes-uncertain-step-hover = La relación de { $from } a { $to } está marcada como incierta
routes-uncertain-note = Una ruta marcada como incierta pasa por una relación no confirmada.
routes-brokers = Intermediarios:
routes-single-point = Punto único de fallo:
routes-unreached-heading = Núcleo de la coalición sin ruta hasta aquí:
routes-target-member-itself = miembro él mismo
routes-members-reaching = { $count ->
        [0] ningún miembro llega
        [one] { $count } miembro llega
       *[other] { $count } miembros llegan
    }
routes-count = { $count ->
        [one] { $count } ruta
       *[other] { $count } rutas
    }

why-reaches = llega a { $target }
why-no-relation = aún no tiene relaciones: dibuje en quién influye o a quién tiene acceso
why-no-channel = ninguna de sus relaciones transmite influencia desde él (colaborar y oponerse no lo hacen)
why-and-more = { $names } y { $more } más
why-dead-end = su influencia llega a { $who }, pero ninguno de ellos conduce a { $target }
why-through-member = solo llega a través de { $member }, otro miembro, cuya propia ruta cuenta en su lugar

change-nothing-recorded = Aún no hay nada registrado. Registre valores con fecha en el inspector, o marque un hito, para medir el cambio.
change-since = Desde
change-to-map-shown = hasta el mapa mostrado
change-relations = Relaciones nuevas: { $new } · Relaciones perdidas: { $lost } · Reforzadas: { $strengthened } · Debilitadas: { $weakened }
change-toward-ally = ▲ { $count ->
        [one] { $count } se acercó a los aliados
       *[other] { $count } se acercaron a los aliados
    }: { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $weighted } ponderados por poder
change-away = ▼ { $count ->
        [one] { $count } se alejó
       *[other] { $count } se alejaron
    }: { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $weighted } ponderados por poder
change-victories = ★ Objetivos que se movieron (victorias parciales)
change-moved-away = Se alejaron de los aliados

# las comprobaciones de las cuatro C, en el panel y en el informe de estadísticas

words-and = y
words-or = o
health-no-members = La coalición aún no tiene miembros
health-salience = La relevancia del tema
health-salience-hint = indique cuánto importa hoy el tema al público y a quienes deciden
health-timing = El momento
health-timing-hint = indique por qué ahora es (o no es) el momento
health-feasibility = La viabilidad de ganar
health-feasibility-hint = indique qué posibilidades hay de ganar, y por qué
health-condition-missing = { $what } no figura en las condiciones del mapa: { $hint }
health-condition-noted = { $what } figura en el mapa
health-no-objective = La coalición no declara ningún objetivo
health-objective = La coalición declara su objetivo
health-targets = El mapa nombra objetivos en los que influir
health-no-targets = El mapa no nombra ningún objetivo en el que influir (ningún actor de tipo objetivo)
health-members = { $count ->
        [one] La coalición tiene { $count } miembro
       *[other] La coalición tiene { $count } miembros
    }
health-commitment-low = El compromiso medio es bajo: { $average } de 5; los más bajos primero
health-commitment-some-low = { $count ->
        [one] El compromiso medio es { $average } de 5, pero { $count } miembro está por debajo de { $threshold }
       *[other] El compromiso medio es { $average } de 5, pero { $count } miembros están por debajo de { $threshold }
    }
health-commitment-fine = El compromiso medio es { $average } de 5 y ningún miembro está por debajo de { $threshold }
health-all-allies = Todos los miembros son aliados del objetivo
health-not-allies = { $count ->
        [one] { $count } miembro no figura como aliado del objetivo (neutral, opositor o desconocido)
       *[other] { $count } miembros no figuran como aliados del objetivo (neutrales, opositores o desconocidos)
    }
health-every-contribution = Algún miembro aporta cada tipo de contribución
health-no-contribution-yet = Ningún miembro tiene aún aportes registrados
health-missing-contributions = Ningún miembro aporta { $kinds }
health-recruits = ; aliados fuera de la coalición que aportan lo que falta
health-every-member-contributes = Todos los miembros tienen un aporte registrado
health-members-without = { $count ->
        [one] { $count } miembro no tiene ningún aporte registrado
       *[other] { $count } miembros no tienen ningún aporte registrado
    }
health-all-reached = Todos los objetivos están al alcance de algún miembro
health-out-of-reach = { $count ->
        [one] { $count } objetivo está fuera del alcance de todos los miembros
       *[other] { $count } objetivos están fuera del alcance de todos los miembros
    }
health-no-core = Sin núcleo de la coalición: ningún miembro coordina aquí y a la vez forma parte del núcleo
health-no-core-concerned = Sin núcleo de la coalición: ningún miembro coordina aquí y a la vez forma parte del núcleo; coordinadores fuera del núcleo, o miembros del núcleo que no coordinan
health-core = Núcleo de la coalición
health-core-committed = El compromiso de cada miembro del núcleo es { $threshold } o más
health-core-low = { $count ->
        [one] { $count } miembro del núcleo tiene un compromiso inferior a { $threshold }
       *[other] { $count } miembros del núcleo tienen un compromiso inferior a { $threshold }
    }
health-core-no-expertise = El núcleo de la coalición no tiene experiencia registrada
health-core-covers-only = El núcleo de la coalición solo cubre { $expertise }
health-core-covers-some = { $count ->
        [one] El núcleo de la coalición cubre { $expertise }; { $count } miembro del núcleo no tiene experiencia registrada
       *[other] El núcleo de la coalición cubre { $expertise }; { $count } miembros del núcleo no tienen experiencia registrada
    }
health-core-covers = El núcleo de la coalición cubre { $expertise }

# el informe de estadísticas (Markdown)

report-title = Análisis de { $title }
report-routes-to = Rutas hacia { $name }
report-scope = { $every ->
        [yes] Las rutas parten { $count ->
            [one] del único miembro
           *[other] de los { $count } miembros
        } de todas las coaliciones.
       *[no] Las rutas parten { $count ->
            [one] del único miembro
           *[other] de los { $count } miembros
        } de la coalición «{ $coalition }».
    } Siguen las relaciones que transmiten influencia (influye en, tiene acceso a, financia, miembro de, rinde cuentas a, aliado con; nunca se opone a). Un paso cuesta 1 por una relación fuerte, 2 por una media y 3 por una débil, el doble si es incierta: cuanto menor es el coste de una ruta, mejor.
report-targets-heading = Quién puede llegar a cada objetivo
report-no-targets = El mapa no tiene objetivos (actores de tipo objetivo).
report-target-is-member = Es él mismo miembro de la coalición.
report-no-members = Ninguna coalición tiene aún miembros, así que nadie llega a él.
report-unreached = Ningún miembro puede llegar a él.
report-reached-by = Alcanzado por { $reaching } de { $members ->
        [one] { $members } miembro
       *[other] { $members } miembros
    }{ $best ->
        [0] {""}
       *[other] , las { $best } mejores rutas
    }:
report-no-brokers = Intermediarios: ninguno; todas las rutas son directas.
report-brokers-on-all = Intermediarios en las rutas de los { $count } miembros: { $names }.
report-brokers = Intermediarios: { $names }.
report-only-through = **Solo a través de { $names }**: { $count ->
        [one] sin él
       *[other] sin cualquiera de ellos
    }, ningún miembro llega a { $target }.
report-cost = coste { $cost }
report-weak = débil
report-uncertain = incierta
report-brokers-heading = Intermediarios
report-nobody-between = Nadie se sitúa entre los miembros y los objetivos.
report-brokers-intro = Actores situados entre los miembros y los objetivos, primero los que están en las mejores rutas de más miembros.
report-column-broker = Intermediario
report-column-routes = Rutas
report-column-targets = Objetivos
report-central-heading = Actores centrales
report-no-influence = Ninguna relación transmite aún influencia.
report-central-intro = Medido sobre las relaciones que transmiten influencia, primero los que más se sitúan entre otros. *Entrantes* y *salientes*: cuántos actores le transmiten influencia o la reciben de él; *intermediación*: parte de las cadenas más cortas que pasan por él; *cercanía*: con qué facilidad llega a los demás; *vínculos*: vínculos con actores bien vinculados (vector propio).
report-central-estimated = El mapa es grande: *intermediación* y *cercanía* son estimaciones a partir de búsquedas desde { $count } actores repartidos por el mapa.
report-column-stakeholder = Actor
report-column-in = Entrantes
report-column-out = Salientes
report-column-between = Intermediación
report-column-close = Cercanía
report-column-tied = Vínculos
report-gaps-heading = Carencias
report-gap-unreachable = **Objetivos a los que ningún miembro llega**: { $names }.
report-gap-only-through = **A { $target } solo se llega a través de { $names }.**
report-opponent = { $name } (poder { $power }, interés { $interest })
report-gap-opponents = **Opositores activos fuertes** (poder e interés de { $score } o más): { $names }.
report-lacks-contributions = ningún miembro aporta { $kinds }
report-lacks-commitment = compromiso medio bajo ({ $average } de 5)
report-lacks-members = aún sin miembros
report-lacks-core = sin núcleo de la coalición
report-health-heading = Salud de las coaliciones: las cuatro C
report-no-coalitions = El mapa no tiene coaliciones.
report-health-intro = Una lista de comprobación por coalición: condiciones, compromiso, contribuciones y competencias. Una casilla sin marcar requiere atención.
report-more-rows = { $what ->
        [brokers] { $count ->
            [one] y { $count } intermediario más.
           *[other] y { $count } intermediarios más.
        }
       *[connected] { $count ->
            [one] y { $count } actor conectado más.
           *[other] y { $count } actores conectados más.
        }
    }

# los recuentos al principio del informe de estadísticas

counts-totals = { $stakeholders ->
        [one] { $stakeholders } actor
       *[other] { $stakeholders } actores
    }, { $relations ->
        [one] { $relations } relación
       *[other] { $relations } relaciones
    }, { $coalitions ->
        [one] { $coalitions } coalición
       *[other] { $coalitions } coaliciones
    }
counts-by-kind = Por tipo
counts-by-stance = Por postura
counts-by-role = Por rol
counts-relations-by-kind = Relaciones por tipo

# la escritura de los números: grupos de cifras, separador decimal, tamaños
words-thousands-separator = .
words-decimal-separator = ,
words-size-bytes = { $count } bytes
words-size-kb = { $count } kB
words-size-mb = { $count } MB
