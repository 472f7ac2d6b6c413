"""Messages 076-083: case E resolved, aftermath, late traps."""
from lib import (T, add, L, leaf, multi, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, helpdesk_html, badge, TC_FROM, TC_NAME
from common import (A, E, NEW_ID, OLD_ID, STRAY_ID, SUBJ_A, SUBJ_E, inbound, tc_in, outbound, me_to)

RE_E = "RE: [CASE %s] %s" % (E, SUBJ_E)
RE_A = "RE:[CASE %s] %s" % (A, SUBJ_A)


def run():
    # 076 case E resolved (Japanese HTML), conditional invitation
    dt = utc(2025, 4, 22, 2, 45, 17)
    new = ("暮林様\n\n大変お待たせいたしました。認定証の氏名表記を「Tomoya Kurebayashi」に修正いたしました。\n\n"
           "修正後の認定証は、認定アカウントの「認定」ページからダウンロードいただけます。"
           "表示に反映されるまで最大24時間ほどかかる場合がございます。\n\n"
           "その他ご不明な点がございましたら、本メールにご返信ください。\n\n西岡\n"
           "AWS トレーニングと認定 カスタマーサポート")
    hist = [("西岡", "2025/04/21 10:30 JST", "対応中", p2html(T["074"])),
            ("暮林 智也", "2025/04/19 21:30 JST", "", p2html(T["072"])),
            ("西岡", "2025/04/16 11:30 JST", "お客様の返信待ち", p2html(T["066"]))]
    html = tc_html(E, SUBJ_E, "解決済み", "ケース %s は解決済みです" % E, p2html(new), hist,
                   updated="2025/04/22 11:45 JST", lang="ja")
    h = tc_in("m076", dt, RE_E, irt="m074", refs=["m063", "m066", "m072", "m074"])
    add(h, multi("alternative", [leaf(cellwise(html), cte="base64"), leaf(html, "html", cte="base64")],
                 "m076"), L("resolved", False, E), "case E resolved: name on certificate corrected",
        "conditional 〜がございましたら invitation; history holds the original request with its badge")

    # 077 survey for case E (Japanese)
    dt = utc(2025, 4, 23, 0, 0, 4)
    cells = "".join("<td><a href=\"https://survey.aws-tc-support.amazon.com/r?c=%s&s=%d&l=ja\" style=\"display:"
                    "inline-block;padding:8px 12px;border:1px solid #ec7211;color:#ec7211;text-decoration:none\">"
                    "%d</a></td>" % (E, i, i) for i in range(1, 6))
    html = ("<html><body style=\"font-family:sans-serif\"><div style=\"display:none\">サポートへのご意見を"
            "お聞かせください</div><p>暮林 智也 様</p><p>先日はAWS トレーニングと認定サポートをご利用いただき、"
            "ありがとうございました。ケース %s の対応について、満足度をお聞かせいただけますと幸いです。</p>"
            "<table><tr>%s</tr></table><p style=\"font-size:12px;color:#666\">1 = 不満、5 = 満足。"
            "本アンケートへのご回答は任意です。このメールへの返信は受け付けておりません。</p></body></html>"
            % (E, cells))
    h = inbound("m077", dt, addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), me_to(),
                "サポートに関するアンケートのお願い (ケース %s)" % E, "amazon.com", style="ses")
    add(h, leaf(html, "html", cte="base64"), L("survey", False, E), "Japanese satisfaction survey for case E",
        "polite request wording (お聞かせいただけますと幸いです) in a survey")

    # 078 recertification congratulations
    dt = utc(2025, 4, 23, 1, 10, 0)
    html = ("<html><body style=\"font-family:Arial\"><h2>Congratulations on recertifying your AWS Certification!"
            "</h2><p>Hello Tomoya,</p><p>By passing AWS Certified Solutions Architect - Professional you have "
            "also recertified <b>AWS Certified Solutions Architect - Associate</b>. Its new expiration date is "
            "April 19, 2028.</p><p>Candidate ID: %s</p><p>Download your updated certificate from your AWS "
            "Certification Account.</p></body></html>" % NEW_ID)
    h = inbound("m078", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(),
                "Congratulations on recertifying your AWS Certification!", "certmetrics.com")
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m078"),
        L("certification", False, None, NEW_ID), "recertification congratulations", "program mail")

    # 079 Credly badge for SAP
    dt = utc(2025, 4, 23, 2, 0, 55)
    uid = "5ab09e47-1d3c-4f62-a8e0-7c91d2b4f380"
    txt = ("Hi Tomoya,\n\nAmazon Web Services Training and Certification has issued you a new badge:\n"
           "AWS Certified Solutions Architect - Professional\n\nAccept your badge to share it on LinkedIn and "
           "elsewhere: https://www.credly.com/badges/%s/accept\n\nCredly, Inc.\n" % uid)
    h = inbound("m079", dt, "Credly <admin@credly.com>", me_to(),
                "Tomoya, claim your AWS Certified Solutions Architect - Professional badge", "credly.com",
                ip="167.89.21.3")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("badge", False, None), "Credly badge for SAP-C02",
        "imperative 'Accept your badge'; UUID")

    # 080 Japanese phishing
    dt = utc(2025, 4, 23, 9, 0, 10)
    txt = ("暮林 智也 様\n\nAWS認定サポートでございます。\nお客様の認定アカウントの統合処理において、本人確認が完了して"
           "おりません。48時間以内に下記のページよりサインインのうえ、統合内容をご確認ください。\n\n"
           "ケース番号: 174498210055031\nhttps://aws-nintei-jp.com/merge/confirm\n\n"
           "期限内にご確認いただけない場合、保有資格が一時停止されます。\n\nAWS認定サポートチーム\n")
    ar = ("Authentication-Results: mx.google.com;\n       spf=softfail (google.com: domain of transitioning "
          "info@aws-nintei-jp.com does not designate 103.75.191.6 as permitted sender) "
          "smtp.mailfrom=info@aws-nintei-jp.com;\n       dmarc=none header.from=aws-nintei-jp.com")
    h = inbound("m080", dt, addr("AWS認定サポート", "support@aws-nintei-jp.com"), me_to(),
                "【AWS認定】アカウント統合の本人確認のお願い(ケース番号: 174498210055031)", "aws-nintei-jp.com",
                ar=ar, ip="103.75.191.6", rp="info@aws-nintei-jp.com")
    add(h, leaf(txt.encode("iso-2022-jp"), charset="ISO-2022-JP", cte="7bit"), L("suspicious", False, None),
        "Japanese phishing about the merge from a lookalike domain (ISO-2022-JP)",
        "keigo request, case number and deadline; lookalike domain, softfail SPF")

    # 081 owner forwards the merge confirmation to the new employer
    dt = jst(2025, 4, 25, 12, 0, 6)
    mine = ("Hi Mina,\n\nHere is AWS's confirmation that my certifications now sit on my personal account, "
            "candidate ID %s, registered to kurebayashi.t@gmail.com. That's the one to link in Partner "
            "Central.\n\nBest,\nTomoya" % NEW_ID)
    fwd = ("---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
           "Date: Sat, Mar 29, 2025 at 9:52 AM\nSubject: %s\nTo: %s <%s>\n\n%s"
           % (TC_FROM, RE_A, ME_NAME, ME_P, T["038"]))
    txt = mine + "\n\n" + fwd + "\n"
    html = ("<div dir=\"ltr\">%s<br><br><div class=\"gmail_quote\">%s</div></div>"
            % (esc(mine).replace("\n", "<br>"), esc(fwd).replace("\n", "<br>")))
    h = outbound("m081", dt, "Mina Horikawa <m.horikawa@kitegawa-cw.jp>", "Fwd: " + RE_A,
                 refs=["m038"])
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m081"),
        L("user_reply", False, A, NEW_ID),
        "owner forwards case A's resolution to his new employer",
        "sent to a third party, not support; forwarded part lists three candidate IDs that don't count")

    # 082 Pearson VUE post-exam survey
    dt = utc(2025, 4, 26, 5, 0, 0)
    html = ("<html><body style=\"font-family:Arial\"><p>Dear Tomoya,</p><p>Thank you for testing with Pearson VUE "
            "on April 19. Please take a few minutes to tell us about your experience at the Tokyo - Shinjuku "
            "Testing Center.</p><p><a href=\"https://survey.pearsonvue.com/s/418273650\" style=\"background:"
            "#003057;color:#fff;padding:10px 16px;text-decoration:none\">Start the survey</a></p>"
            "<p style=\"font-size:11px\">Registration ID: 418273650</p></body></html>")
    h = inbound("m082", dt, "Pearson VUE <surveys@pearsonvue.com>", me_to(),
                "How was your testing experience?", "pearsonvue.com", ip="13.111.14.72")
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m082"),
        L("unrelated", False, None), "exam-vendor post-exam survey",
        "a survey, but not about a support case; exam vendor")

    # 083 new employer ServiceNow: resolved, auto-close unless you reply
    dt = jst(2025, 4, 28, 9, 40, 22)
    body = ("<p>Your incident <b>INC0102234 - VPN profile not installing</b> has been resolved.</p>"
            "<p>Resolution notes: profile re-pushed from Intune; please restart the device.</p>"
            "<p>If the issue persists, reply to this e-mail to reopen the incident. Otherwise it will be "
            "closed automatically in 5 days.</p>")
    html = helpdesk_html("Kitegawa IT", "#293e40", "INC0102234", "VPN profile not installing", "Resolved",
                         "INC0102234 has been resolved", body,
                         button=("View incident", "https://kitegawa.service-now.com/sp?id=ticket&table=incident"),
                         footer="Ref:MSG9920331")
    h = inbound("m083", dt, "Kitegawa IT <itsupport@kitegawa.service-now.com>", me_to(),
                "Incident INC0102234 has been resolved", "service-now.com", ip="149.96.5.13")
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m083"),
        L("unrelated", False, None), "new employer's IT incident resolved, auto-close in 5 days",
        "resolved + closing-by-silence wording from another ticketing tool")
