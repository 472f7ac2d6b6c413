from gen_common import *
from gen_part2 import A_SUBJ

C_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-exam" % CASE_C

CONF_A_TXT = """Hello Ryota,

Thanks for your patience while the partner association was removed. I'm
ready to merge your certification accounts. These are the accounts I found:

Account #1
Login email: %(p)s
Training notification email: %(p)s
Certification notification email: %(p)s
Candidate ID: %(n)s

Account #2
Login email: %(c)s
Training notification email: %(c)s
Certification notification email: %(c)s
Candidate ID: %(o)s

Once merged, everything from Account #2 (exam history, certifications,
benefits) will live in Account #1 and Account #2 will be deactivated.
This can't be undone.

Could you confirm that both accounts are yours and that Account #1 is the
one to keep? As soon as I have your go-ahead I'll run the merge.

Best,
Haruto
AWS Training and Certification Customer Support
""" % {"p": ME_P, "c": ME_C, "n": CID_NEW, "o": CID_OLD}


def run():
    # 018 case A on hold: another internal team
    txt = """Hi Ryota,

Thank you for confirming your last day. Since the company account counts
toward Hoshizora Systems' partner tier, the association has to be released
by our Partner Operations team before the merge can run. I've filed the
request with them; they usually need 3 to 5 business days.

Your case is paused until they're done. There's nothing you need to do in
the meantime, and I'll write again as soon as Partner Operations confirms.

Regards,
Mariana
AWS Training and Certification Customer Support
"""
    body = multi("alternative", [part(txt), html("<p>" + txt.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>")],
                 "----=_Part_51277_887120.1742976540")
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 3, 26, 8, 9, 0), body, M("a-hold2"),
                irt=M("u-a1", "mail.gmail.com"), refs=M("a-ack") + " " + M("u-a1", "mail.gmail.com"), auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", False, CASE_A, [], "Hold for another internal team (Partner Operations), explicitly nothing to do.")

    # 019 case C receipt that explains what happens next
    txt = """Thank you for contacting AWS Training and Certification.

We have opened case %s for your request. The details of your case are as follows:

  Inquiry: Certification > Exam results
  Candidate ID: %s
  Description: I took SAP-C02 at a Pearson VUE test center on March 25.
  The result is not shown in my certification account yet.

What happens next
1. An agent reviews your case, normally within 24 hours.
2. If the result has to be traced with the test delivery provider, we
   will contact them on your behalf and tell you.
3. If we need anything from you, for example a detail about the
   appointment, the agent will ask for it in a separate e-mail.

To keep your request in one place, please reply to this e-mail rather than
opening a new case.

AWS Training and Certification Customer Support
""" % (CASE_C, CID_OLD)
    raw = build(TC_FROM, ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - certification-exam" % CASE_C,
                d(2025, 3, 27, 6, 23, 41), part(txt, cte="7bit"), M("c-ack"), auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_C, [CID_OLD],
        "Receipt with a 'What happens next' list that mentions future requests ('the agent will ask'); nothing is asked now.")

    # 020 Japanese newsletter
    body = part("""週刊クラウドニュース 2025年3月第4週

■ 今週のトピック
・主要クラウド各社、東京リージョンで新インスタンスを発表
・認定資格の更新ポリシー変更まとめ
・生成AIのガバナンス、国内企業の取り組み

配信停止はこちら: https://cloudnews.example.jp/unsubscribe
""", cte="base64")
    raw = build(addr("週刊クラウドニュース", "newsletter@cloudnews.example.jp"), ME_P, "週刊クラウドニュース 2025年3月第4週",
                d(2025, 3, 27, 22, 0, 0), body, M("nl1", "cloudnews.example.jp"))
    add(raw, "unrelated", False, None, [], "Japanese newsletter mentioning certification policy.")

    # 021 case C on hold for Pearson VUE, conditional invitation only
    txt = """Hi Ryota,

I checked your certification account and the SAP-C02 appointment on
March 25 has no score attached yet. Results come to us from Pearson VUE,
and this one looks stuck on their side, so I've opened a trace with them.
Your case is on hold until Pearson VUE responds; that usually takes a few
business days.

You don't need to send anything. If you happen to have the preliminary
score report from the test center, you're welcome to attach it, but we can
finish without it.

Thanks,
Devika
AWS Training and Certification
"""
    raw = build(TC_FROM, ME_P, C_SUBJ, d(2025, 3, 28, 3, 55, 12), part(txt), M("c-hold1"),
                irt=M("c-ack"), refs=M("c-ack"), auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", False, CASE_C, [], "Exam-vendor hold with an optional, conditional invitation to attach a report -> no reply needed.")

    # 022 spoof of the real sender, DMARC fails
    h = """<html><body><p>Hello,</p><p>Your account merge is almost complete. To finalize, confirm the merge and sign in with your
AWS Builder ID on the page below. Requests not confirmed within 24 hours are cancelled.</p>
<p><a href="https://aws-training-merge.net/confirm?case=1743019977">Confirm merge</a></p>
<p>AWS Training and Certification Customer Support</p></body></html>"""
    raw = build(TC_FROM, ME_P, "RE:[CASE 1743019977] Final step: confirm your account merge", d(2025, 3, 29, 17, 40, 9),
                html(h), M("spoof1", "aws-training-merge.net"), auth=auth_gmail("amazon.com", ok=False, ip="185.225.17.41"))
    add(raw, "suspicious", False, None, [], "Genuine From address and a [CASE n] subject, but DKIM/SPF/DMARC fail; asks for a 'merge confirmation' through a link.")

    # 023 owner's farewell mail (sent from the company address)
    body = part("""各位

お疲れさまです。桑原です。
本日3月31日をもちまして退職いたします。在職中は大変お世話になりました。
今後のご連絡は個人アドレス %s までお願いします。

桑原 涼太
""" % ME_P, cte="base64")
    raw = build(addr("桑原 涼太", ME_C), "all-staff@hoshizora-sys.co.jp", "退職のご挨拶", d(2025, 3, 31, 17, 30, tz=JST),
                body, M("u-bye", "hoshizora-sys.co.jp"), cc=ME_P)
    add(raw, "user_reply", False, None, [], "Owner's own farewell mail (copy to personal address); written by the owner, so user_reply although it has nothing to do with the case.")

    # 024 case C passed to another team (case_update)
    txt = """Hello Ryota,

A quick update: your case has been transferred from Certification Support to
our Exam Operations specialists, who handle score transfers with Pearson
VUE directly. They will continue the trace and write to you on this case.

Sincerely,
Devika
"""
    raw = build(TC_FROM, ME_P, C_SUBJ, d(2025, 4, 1, 1, 20, 0), part(txt, cte="7bit"), M("c-xfer"),
                irt=M("c-hold1"), refs=M("c-ack") + " " + M("c-hold1"), auth=auth_gmail("amazon.com"))
    add(raw, "case_update", False, CASE_C, [], "Transfer to another team while still working: case_update (no pause, no ask).")

    # 025 case A hold lifted
    txt = """Hi Ryota,

Good news: Partner Operations has released the partner association on your
former company account, so your case is no longer on hold. I'm handing it
to a colleague who will prepare the merge and send you the list of accounts
for a final check.

Regards,
Mariana
"""
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 4, 1, 6, 2, 50), part(txt), M("a-lift"),
                irt=M("a-hold2"), refs=M("a-ack") + " " + M("a-hold2"), auth=auth_gmail("amazon.com"))
    add(raw, "case_update", False, CASE_A, [], "Hold lifted; announces a future confirmation request but asks nothing yet.")

    # 026 case A confirmation request (multipart, HTML table)
    rows = "".join("<tr><td colspan=2><b>%s</b></td></tr><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr><tr><td>Candidate ID</td><td>%s</td></tr>" % (n, e, e, e, c)
                   for n, e, c in (("Account #1", ME_P, CID_NEW), ("Account #2", ME_C, CID_OLD)))
    hp = CONF_A_TXT.split("Account #1")[0].replace("\n", " ")
    ht = "<html><body><p>%s</p><table border=1 cellpadding=4>%s</table><p>%s</p></body></html>" % (
        hp, rows, CONF_A_TXT.split(CID_OLD)[1].replace("\n\n", "</p><p>").replace("\n", " "))
    body = multi("alternative", [part(CONF_A_TXT), html(ht)], "----=_Part_60211_1994301.1743562800")
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 4, 2, 3, 0, 5), body, M("a-conf"),
                irt=M("a-lift"), refs=M("a-ack") + " " + M("a-lift"), auth=auth_gmail("amazon.com"))
    add(raw, "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], "Account #1/#2 listing with candidate IDs, asks to confirm ownership and which to keep.")
