from mailbox_servers import MailServers
def test_servers(servers: MailServers) -> None:
    me = servers.user()
    ada = servers.user("ada", "acme.example")
    servers.send(ada, [me], b"From: " + ada.encode() + b"\r\nSubject: hi\r\n\r\nhello\r\n")
    assert len(servers.messages(me)) == 1
