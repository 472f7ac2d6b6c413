from gen_common import *
from gen_part4 import D_SUBJ
from gen_part5 import F_SUBJ

E_TOPIC = "ESL +30 minutes accommodation missing after certification account merge"
E_SUBJ = "RE:[CASE %s] %s [AWS ID 483920115627]" % (CASE_E, E_TOPIC)
E_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_E
E_FOOT = """
To see the case or to reply, open the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % E_LINK


def console(subject, date, key, text, irt=None, refs=None):
    return build(CONSOLE, ME_P, subject, date, part(text + E_FOOT), M(key), irt=irt, refs=refs,
                 auth=auth_gmail("amazon.com"))


def run():
    # 047 console case receipt with a conditional invitation
    txt = """Dear Amazon Web Services Customer,

Thank you for contacting AWS Support. We have opened case %s on your behalf.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Account: 483920115627
Correspondence: After my certification accounts were merged (%s is the
remaining one), the ESL +30 minutes accommodation I had on the old account
is gone. I have an exam scheduled in May.

If there is anything else you would like us to know, such as screenshots,
you can add it to the case from the Support Center; otherwise we will be
in touch once an engineer has reviewed it.
""" % (CASE_E, CASE_E, E_TOPIC, CID_NEW)
    raw = console("Amazon Web Services: New Support case: %s" % CASE_E, d(2025, 4, 17, 12, 15, 30), "e-ack", txt)
    add(raw, "acknowledgement", False, CASE_E, [CID_NEW], "Console 'New Support case' receipt; optional 'if there is anything else' invitation; 12-digit account ID.")

    # 048 console info request: answer in the Support Center
    txt = """Hello,

Thank you for your patience. Accommodations are attached to a candidate
record, so they are not carried over automatically when two certification
accounts are merged; they have to be re-approved on the remaining account.

To re-apply it, we need two things confirmed: that your primary language is
Japanese, and that the ESL +30 approval on the former account was granted
because English is not your first language (not for another reason).

Please answer through the Support Center using the link below; e-mail
replies to this message are not received.

Best regards,
Sandeep K.
Amazon Web Services
"""
    raw = console(E_SUBJ, d(2025, 4, 18, 9, 3, 0), "e-req", txt, irt=M("e-ack"), refs=M("e-ack"))
    add(raw, "info_request", True, CASE_E, [], "Console case: the answer must go through the Support Center link, not e-mail; still needs a reply.")

    # 049 another vendor's ticket on hold (with a question)
    txt = """桑原様

Nimbus Backup サポートです。チケット #A-20931 についてご連絡いたします。

ご報告の復元エラーにつきまして、データセンター事業者側での調査が必要なため、
現在チケットを「保留」としております。事業者からの回答には数日を要する見込みです。

なお、エラーが発生した時刻を改めてお知らせいただけますでしょうか。

Nimbus Backup サポートセンター
"""
    raw = build(addr("Nimbus Backup サポート", "support@nimbusbackup.jp"), ME_P, "[#A-20931] 保留中: データセンター事業者の回答待ち",
                d(2025, 4, 18, 10, 20, 0), part(txt, charset="iso-2022-jp", cte="7bit"), M("nb1", "nimbusbackup.jp"),
                subj_charset="iso-2022-jp", auth=auth_gmail("nimbusbackup.jp"))
    add(raw, "unrelated", False, None, [], "Another vendor's on-hold ticket with a keigo question, ISO-2022-JP: looks exactly like an on_hold with a question, but not AWS.")

    # 050 recertification (certmetrics)
    txt = """Dear Ryota Kuwabara,

Congratulations on recertifying your AWS Certification!

By passing AWS Certified Solutions Architect - Professional, your AWS Certified
Solutions Architect - Associate certification has been extended. Its new
expiration date is April 6, 2028.

AWS Certification
"""
    raw = build("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!",
                d(2025, 4, 19, 2, 0, 0), part(txt), M("cm2", "certmetrics.com"), auth=auth_gmail("certmetrics.com"))
    add(raw, "certification", False, None, [], "Recertification notice.")

    # 051 case D hold lifted
    txt = """Hi Ryota,

The records migration finished over the weekend and name edits are open
again, so I've taken your case off hold. I'm working on the correction now
and will confirm once it's done.

Chen L.
AWS Training and Certification
"""
    raw = build(TC_FROM, ME_P, D_SUBJ, d(2025, 4, 22, 1, 5, 0), part(txt, cte="7bit"), M("d-lift"),
                irt=M("d-hold"), refs=M("d-2023") + " " + M("d-hold"), auth=auth_gmail("amazon.com"))
    add(raw, "case_update", False, CASE_D, [], "Hold lifted, still working.")

    # 052 console auto closing notice, soft wording
    txt = """Hello,

We haven't received a reply to our last correspondence on case %s.
Cases waiting on customer information move to "Resolved" after a few days
without activity, and this one is due to do so on April 25, 2025.

If you still need help, add your reply in the Support Center before then.
""" % CASE_E
    raw = console("Amazon Web Services: Support case %s is awaiting your reply" % CASE_E, d(2025, 4, 22, 9, 4, 0),
                  "e-close", txt, irt=M("e-req"), refs=M("e-ack") + " " + M("e-req"))
    add(raw, "closing_notice", True, CASE_E, [], "Automatic console notice: 'move to Resolved' instead of 'close'; answer via console only.")

    # 053 case D info request (after explanation)
    txt = """Hi Ryota,

Before I change the name again: we set the certification name to match the
government-issued ID you present at the test center, character for
character, and the merge copied the spelling from your former company
account. To avoid the same thing happening at your next exam, kindly send
the name exactly as it is printed on the ID you'll be using (family name
and given name, Latin letters), replying from %s.

Chen L.
AWS Training and Certification
""" % ME_P
    raw = build(TC_FROM, ME_P, D_SUBJ, d(2025, 4, 23, 0, 48, 0), part(txt), M("d-req"),
                irt=M("d-lift"), refs=M("d-2023") + " " + M("d-lift"), auth=auth_gmail("amazon.com"))
    add(raw, "info_request", True, CASE_D, [], "Request after a long explanation ('kindly send').")

    # 054 case F resolved (Japanese, multipart)
    txt = """桑原 涼太 様

お待たせいたしました。西田でございます。

特典管理チームにて確認が完了し、50%% 割引バウチャーを新しいアカウント
(%s) に再発行いたしました。認定アカウントの「特典」画面よりご確認いただけます。
有効期限は旧バウチャーと同じく 2025年11月29日 です。

本件は以上で完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

西田
AWS トレーニングと認定 カスタマーサポート
""" % CID_NEW
    body = multi("alternative", [part(txt), html("<div>" + txt.replace("\n", "<br>\n") + "</div>")], "=_f_done_7712")
    raw = build(TC_FROM, ME_P, F_SUBJ, d(2025, 4, 23, 4, 30, 0), body, M("f-done"),
                irt=M("u-f1", "mail.gmail.com"), refs=M("f-ack") + " " + M("f-hold") + " " + M("u-f1", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "resolved", False, CASE_F, [CID_NEW], "Japanese resolution with 〜がございましたら conditional invitation.")

    # 055 owner answers case D
    txt = """Hi Chen,

The name on my passport is KUWABARA RYOTA (family name KUWABARA,
given name RYOTA).

Thank you,
Ryota

> kindly send
> the name exactly as it is printed on the ID you'll be using
"""
    raw = build(addr(ME_NAME, ME_P), TC_FROM, D_SUBJ, d(2025, 4, 24, 8, 15, 0, JST), part(txt, cte="7bit"),
                M("u-d2", "mail.gmail.com"), irt=M("d-req"), refs=M("d-2023") + " " + M("d-req"))
    add(raw, "user_reply", False, CASE_D, [], "Short reply with a partial quote.")

    # 056 console case update after the owner answered in the console
    txt = """Hello,

Thank you for the information you added in the Support Center. I have
passed it to the Training and Certification accommodations team, who will
re-apply the ESL +30 accommodation to your remaining account. I'll update
this case as soon as they confirm.

Best regards,
Sandeep K.
Amazon Web Services
"""
    raw = console(E_SUBJ, d(2025, 4, 24, 10, 12, 0), "e-upd", txt, irt=M("e-close"), refs=M("e-ack") + " " + M("e-req"))
    add(raw, "case_update", False, CASE_E, [], "Console update after the owner answered in the console (no e-mail of his answer exists); the footer's 'to reply use the link' is boilerplate.")
