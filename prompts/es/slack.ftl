## Slack: la pestaña Inicio, el comando de barra y el resumen del equipo.

slack-answered-in-dm = Te he respondido en nuestros mensajes directos.
slack-guest = Acompaño a los miembros del espacio de trabajo que me añadió. Pide a tu propio espacio de trabajo que añada nudgebird y allí te acompañaré con gusto.

slack-home-title = nudgebird, tu coach para X
slack-home-business = *Negocio:* { $name }
slack-home-onboarding = { $state ->
    [done] *Perfil:* completo
    [progress] *Perfil:* a medio camino, tus respuestas hasta ahora están guardadas
   *[new] *Perfil:* aún sin empezar
}
slack-home-language = *Idioma:* { $language }
slack-home-next-nudge = *Próximo recordatorio:* { $day ->
    [today] hoy
    [tomorrow] mañana
   *[later] { $date }
} a las { $time } ({ $zone })
slack-home-no-nudge = *Recordatorio diario:* desactivado
slack-home-x-account = *Cuenta de X:* @{ $handle }
slack-home-checkup = *Último chequeo:* { $score }/100
slack-home-button-start = { $state ->
    [done] Repasar mis respuestas
    [progress] Seguir
   *[new] Empezar
}
slack-home-button-settings = Mis respuestas
slack-home-button-language = Idioma
slack-home-digest = *Resumen del equipo* (administradores): el canal donde publico, una vez al día, las menciones que aún esperan respuesta.
slack-home-digest-placeholder = Elige un canal

slack-digest-current = El resumen del equipo se publica en { $channel }.
slack-digest-usage = Para elegir el canal del resumen del equipo: `/nudgebird digest #canal`. Para detenerlo: `/nudgebird digest off`.
slack-digest-off = El resumen del equipo está desactivado: no publicaré en ningún canal.
slack-digest-admins-only = Solo un administrador del espacio de trabajo puede elegir el canal del resumen del equipo.
slack-digest-cannot-post = No puedo escribir en ese canal. Invítame primero (`/invite @nudgebird`) y luego elígelo de nuevo.
slack-digest-hello = ¡Hola! { $who } eligió este canal para el resumen diario del equipo: una vez al día publicaré las menciones que aún esperan respuesta, para que podáis repartíroslas.
slack-digest-chosen = Hecho: el resumen del equipo se publicará en { $channel }.
slack-digest-unanswered = { $count ->
    [one] Una mención sin respuesta { $since } — ¿quién se encarga?
   *[other] { $count } menciones sin respuesta { $since } — ¿quién se encarga?
}
slack-digest-since = { $weekday ->
    [today] desde hoy
    [mon] desde el lunes
    [tue] desde el martes
    [wed] desde el miércoles
    [thu] desde el jueves
    [fri] desde el viernes
    [sat] desde el sábado
    [sun] desde el domingo
   *[other] desde el { DATETIME($date) }
}
slack-digest-more = { $count ->
    [one] …y una más.
   *[other] …y { $count } más.
}
slack-digest-open = Abrir en X
slack-digest-take = Me encargo yo
slack-digest-taken = Se encarga { $who }. ¡Gracias!
slack-digest-already-taken = Ya se está encargando { $who }.
slack-digest-not-yours = Este resumen es de otro espacio de trabajo: solo sus miembros pueden encargarse.

## La instalación de la app: las páginas que muestra el navegador.

slack-install-title = Añadir nudgebird a Slack
slack-install-intro = nudgebird acompaña a tu negocio en X desde Slack: quien quiera recibe un recordatorio al día en sus mensajes directos, y el equipo puede repartirse las menciones que esperan respuesta.
slack-install-button = Añadir a Slack
slack-installed-title = nudgebird está instalado
slack-installed = nudgebird ya está instalado en { $workspace }. Abre Slack y escribe a nudgebird en sus mensajes directos (en el apartado Apps) para empezar.
slack-installed-open = Abrir nudgebird en Slack
slack-install-problem-title = La instalación no ha funcionado
slack-install-invalid = Este enlace de instalación es desconocido o ya se usó, así que no se ha instalado nada. Vuelve a empezar desde la página de instalación.
slack-install-expired = Este enlace de instalación ha caducado (solo dura 10 minutos), así que no se ha instalado nada. Vuelve a empezar desde la página de instalación.
slack-install-browser = Esta instalación se empezó en otro navegador, así que no se ha instalado nada. Vuelve a empezar desde la página de instalación, en este navegador.
slack-install-denied = No diste permiso a nudgebird para entrar en el espacio de trabajo, así que no se ha instalado nada. Puedes volver a empezar cuando quieras.
slack-install-slack-error = Slack no completó la instalación, así que no se ha instalado nada. Vuelve a intentarlo dentro de unos minutos.
slack-install-unavailable = Algo ha fallado por nuestra parte y no se ha instalado nada. Vuelve a intentarlo dentro de unos minutos.
slack-install-again = Volver a empezar
