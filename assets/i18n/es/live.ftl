live-title = Sesión en directo
live-intro = Todos editan este mapa a la vez, cada cual en su portátil.
live-local-only = Nada sale de la red local, y nadie sin el código de acceso puede leer ni cambiar el mapa.
live-tab-host = Compartir este mapa
live-tab-join = Unirse a una sesión
live-tab-server = A través de un servidor de sincronización
live-server-intro = Los socios de otros países comparten el mapa a través del servidor de sincronización automerge-repo de la coalición. Suba este mapa para obtener un código que darles, o escriba el código de un mapa que ya esté allí. Quien administra el servidor puede leer el mapa (las notas confidenciales se quedan aquí).
live-server-address = Servidor
live-server-hint = wss://sincro.ejemplo.org
live-server-put = Subir este mapa al servidor
live-server-on = Sincronizado a través del servidor { $address }
live-your-name = Su nombre
live-share-confidential = Incluir en la sesión las notas, fuentes y contactos confidenciales
live-start = Abrir la sesión
live-address = Dirección
live-code = Código de acceso
live-join = Unirse
live-join-unsaved = Guarde o descarte primero los cambios de este mapa: unirse abre el mapa de la sesión en su lugar.
live-bad-address = «{ $address }» no es una dirección: escríbala como la muestra el anfitrión, p. ej. 192.168.1.20:7878
live-connecting = Conectando con { $address }…
live-starting = Preparando la sesión…
live-cancel = Cancelar
live-close = Cerrar
live-hosting = Los demás se unen con este código y esta dirección. Léalos en voz alta o muéstrelos en el proyector.
live-joined = En la sesión abierta en { $address }.
live-people = { $count ->
    [one] Una persona en la sesión
   *[other] { $count } personas en la sesión
}
live-peer-selected = { $count ->
    [one] tiene seleccionada una parte interesada
   *[other] tiene seleccionadas { $count } partes interesadas
}
live-remove = Quitar
live-remove-hint = Desconectar este portátil y rechazarlo en adelante
live-end = Cerrar la sesión
live-leave = Salir de la sesión
live-ended = La sesión en directo ha terminado; cada cual conserva su copia del mapa.
live-left = Ha salido de la sesión en directo; el mapa queda como estaba, para guardarlo.
live-someone = Alguien
live-problem = Sesión en directo: { $problem }
live-problems = Sesión en directo: { $problem } (y { $more } más)
live-none-found = Aún no se oye ninguna sesión en esta red; escriba la dirección del anfitrión.
live-found = Sesiones en esta red (haga clic en una para rellenar su dirección):
live-found-session = { $title }, abierta por { $host }

## una sesión en directo
live-sidecar-unreadable = no se pudo leer el archivo de sesión en directo «{ $path }»: { $problem }
live-sidecar-damaged = el archivo de sesión en directo «{ $path }» está dañado ({ $problem }); muévalo a otro sitio para empezar de cero
live-network-failed = falló la conexión de red: { $problem }
live-code-refused = el otro portátil no aceptó el código (un código erróneo, o demasiados intentos)
live-closed = se cerró la conexión
live-message-too-large = un mensaje de { $bytes } bytes supera el límite de { $most } bytes
live-garbled = un mensaje no se pudo descifrar: se modificó por el camino o no se envió con el código
live-no-encryption = no se pudo establecer el cifrado: { $problem }
live-empty-message = un mensaje vacío
live-unknown-message = un mensaje de tipo desconocido { $kind }
live-malformed-message = un mensaje { $kind } que no se pudo leer: { $reason }
live-name-too-long = el nombre es demasiado largo
live-selection-too-long = la selección es demasiado larga
live-no-discovery = en esta red no se pueden anunciar ni encontrar sesiones: { $problem }
live-code-length = un código tiene { $length } letras y cifras (por ejemplo K7QM-4PXR-2HTW); este tiene { $count }
live-code-character = «{ $char }» no aparece en los códigos, que usan las cifras del 2 al 9 y las letras de la A a la Z salvo I, L, O, U y V
live-code-random = el sistema no pudo dar números aleatorios para un código: { $problem }
live-no-answer = ninguna sesión en directo respondió en { $address }: { $problem }
live-relay-bad-address = «{ $address }» no es la dirección de un servidor de sincronización, como ws://sync.example.org:3030 o wss://sync.example.org
live-relay-no-answer = ningún servidor de sincronización respondió en { $address }: { $problem }
live-relay-not-there = el servidor de sincronización en { $address } no tiene ningún mapa con este código: compruebe el código o pida a quien comparte el mapa que lo suba primero al servidor
live-relay-timeout = sin respuesta en { $seconds } segundos
live-wrong-code = la sesión en { $address } no aceptó el código: revíselo y escríbalo de nuevo
live-protocol = la sesión en { $address } respondió de una forma que Powermap no entiende: { $problem }
live-cannot-listen = la sesión en directo no pudo escuchar en el puerto { $port }: { $problem }
live-left-out = dejado fuera del mapa: { $problem }
live-no-welcome = el anfitrión no dio la bienvenida
live-code-no-longer-accepted = el anfitrión ya no acepta este código
live-too-many-tries = { $ip } probó demasiados códigos erróneos; rechazado por ahora
live-refused = { $ip } fue rechazado: { $problem }
live-no-hello = { $ip } no saludó primero; desconectado
live-bad-message = { $ip } envió { $problem }; desconectado
live-disconnected = { $who } ({ $ip }) se desconectó: { $reason }
live-change-does-not-fit = envió un cambio que no encaja en el mapa: { $problem }
live-out-of-place = un mensaje fuera de lugar de la conexión { $id }; ignorado
live-map-settings = la configuración del mapa
live-item-left-out = { $noun ->
        [stakeholder] se dejó fuera un actor
        [relation] se dejó fuera una relación
        [coalition] se dejó fuera una coalición
        [scene] se dejó fuera una escena
        [observation] se dejó fuera una observación
        [checkpoint] se dejó fuera un hito
        [job] se dejó fuera una tarea
        [ask] se dejó fuera una gestión
        [contact] se dejó fuera un contacto
       *[cold-after] se dejaron fuera los días para que una relación se enfríe
    }: { $problem }
live-field-unreadable = el campo «{ $key }» de { $what } no se puede leer; se dejó fuera
live-item-in = «{ $key }» en { $kind }
live-not-an-item = { $what } no es un elemento; se dejó fuera
live-unreadable = no se pudo leer { $what }: { $problem }
live-state-unreadable = no se pudo leer el estado de la sesión en directo: { $problem }
live-change-unwritable = no se pudo escribir un cambio del mapa para la sesión en directo: { $problem }
live-change-refused = no se pudo incorporar el cambio de la sesión en directo: { $problem }
live-view-not-a-number = la cámara de la vista no es un número que una pantalla pueda mostrar
live-follow = Seguir
live-follow-hint = Mostrar lo que mira esta persona a medida que se mueve: su vista y el lugar de la red que mira
live-follow-no-view = El Powermap de esta persona es demasiado antiguo para compartir su vista
live-following = Siguiendo a { $name }: Esc o un clic para dejar de seguir
live-stop-following = Dejar de seguir
live-follow-gone = { $name } salió de la sesión; ya no se sigue su vista
live-bad-bloom = su resumen de cambios (un filtro de Bloom) no se puede usar
