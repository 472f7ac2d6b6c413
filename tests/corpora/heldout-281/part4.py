from common import *
from part1 import TC, TC_SUBJ, G, W, MGR
from part2 import SUBJ_A
from part3 import conf2, rA4, confA_html

# 031 resolved A: top-posted over the whole thread (Outlook-like history)
doneA = ("Hi Takumi,\n\nAll done. I have merged Account #2 (%s) and Account #3 (%s) into Account #1 (%s). "
         "Your exam history, both active certifications and the 50%% exam discount benefit now sit on the account "
         "that signs in with %s.\n\n"
         "Digital badges are reissued to the notification address of the kept account, so expect mail from Credly "
         "shortly. The old company login will no longer open a certification account.\n\n"
         "If something looks wrong when you sign in, reply here and I will take another look.\n\n"
         "Best,\nAiko R.\nAWS Training and Certification\n" % (CID_OLD, CID_SSO, CID_NEW, G))
hist = (outlook_quote("Takumi Okabe <%s>" % G, "Wednesday, May 21, 2025 1:40 PM", TC_FORM, SUBJ_A, rA4)
        + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "Wednesday, May 21, 2025 6:31 AM", G, SUBJ_A, conf2)
        + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "Tuesday, May 20, 2025 2:16 PM", G, SUBJ_A,
                        "Hi Takumi,\n\nA search on your name and both addresses returned three certification "
                        "accounts:\n\nAccount #1  %s  Login email: %s\nAccount #2  %s  Login email: %s\n"
                        "Account #3  %s  Login email: (Partner Central sign-in)\n\n"
                        "Before I merge anything, please confirm that all three accounts belong to you, and that "
                        "Account #2 and Account #3 should be merged into Account #1." % (CID_NEW, G, CID_OLD, W, CID_SSO)))
add("doneA", dt("2025-05-22 02:05:44", 0), TC, G, SUBJ_A,
    alt(text(doneA + hist),
        html("<html><body>" + para_html(doneA) + "<div style=\"border-top:1px solid #b5c4df;color:#555\">"
             + para_html(hist) + "</div></body></html>"), key="doneA"),
    L("resolved", False, CASE_A, [CID_OLD, CID_SSO, CID_NEW]), reply="rA4", refs=["ackA", "confA", "rA3", "confA2"],
    auth=(auth_gmail("amazon.com", "0101019f3f51@us-west-2.amazonses.com"), "0101019f3f51@us-west-2.amazonses.com"),
    note="Completion top-posted over quoted confirmation requests; conditional 'reply here' invitation.")


def credly(key, when, badge, html_only=False):
    t = ("Hi Takumi,\n\nAmazon Web Services Training and Certification has issued you a new badge: %s.\n\n"
         "Accept your badge to share it on LinkedIn and in your email signature:\n"
         "https://www.credly.com/earner/earned/badge/%s\n\n"
         "Your badge will be available in your Credly wallet once accepted.\n\nCredly\n" % (badge, _uuid(key)))
    h = ("<html><body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff\">"
         "<tr><td><h2>Congratulations, Takumi!</h2><p>Amazon Web Services Training and Certification has issued "
         "you a new badge:</p><p><b>%s</b></p><p><a href=\"https://www.credly.com/earner/earned/badge/%s\" "
         "style=\"background:#ff6b00;color:#fff;padding:10px 18px\">Accept badge</a></p></td></tr></table>"
         "</body></html>" % (badge, _uuid(key)))
    body = html(h) if html_only else alt(text(t), html(h), key=key)
    add(key, when, addr("Credly", "admin@credly.com"), G, "%s: You've earned a badge from AWS" % badge
        if not html_only else "Accept your new badge: %s" % badge, body, L("badge"),
        auth=(auth_gmail("credly.com", "bounces+1188@em.credly.com"), "bounces+1188@em.credly.com", "o1.ptr4471.credly.com"),
        idstyle="credly.com", note="Credly badge issued after the merge.")


def _uuid(k):
    import hashlib
    h = hashlib.md5(k.encode()).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


credly("cred1", dt("2025-05-22 02:19:03", 0), "AWS Certified Solutions Architect - Associate")
credly("cred2", dt("2025-05-22 02:19:41", 0), "AWS Certified Developer - Associate", html_only=True)

# 034 survey A
add("survA", dt("2025-05-22 09:00:15", 0), addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), G,
    "How did we do? Your case %s" % CASE_A,
    alt(text("Hello,\n\nYour AWS Training and Certification case %s was recently resolved. Would you take one "
             "minute to tell us how it went?\n\nHow satisfied were you with the support you received?\n"
             "https://feedback.aws.training/s/%s?r=1 (Very dissatisfied) ... ?r=5 (Very satisfied)\n\n"
             "Responses are anonymous and go to the team that handled your request.\n" % (CASE_A, CASE_A)),
        html("<html><body><p>Hello,</p><p>Your AWS Training and Certification case %s was recently resolved. Would "
             "you take one minute to tell us how it went?</p><p>How satisfied were you with the support you "
             "received?</p><p>" % CASE_A + " ".join("<a href=\"https://feedback.aws.training/s/%s?r=%d\">%d</a>"
                                                    % (CASE_A, i, i) for i in range(1, 6))
             + "</p><p style=\"font-size:11px\">Responses are anonymous.</p></body></html>"), key="survA"),
    L("survey", False, CASE_A),
    auth=(auth_gmail("amazon.com", "0101019f4409@us-west-2.amazonses.com"), "0101019f4409@us-west-2.amazonses.com"),
    note="Post-resolution survey; a question addressed to the owner that needs no reply.")

# 035 owner forwards the completion to his manager (from personal)
fwd = ("佐藤さん\n\nPartner Central の解除ありがとうございました。おかげさまで統合が完了しました。"
       "念のため共有します。\n\n岡部\n\n---------- Forwarded message ---------\n"
       "From: Amazon Web Services <%s>\nDate: 2025年5月22日(木) 11:05\nSubject: %s\nTo: <%s>\n\n" % (TC_FORM, SUBJ_A, G)
       + doneA)
add("fwdA", dt("2025-05-22 12:31:18"), addr(ME_NAME_JA, G), MGR, "Fwd: " + SUBJ_A,
    text(fwd, cte="base64"), L("user_reply", False, CASE_A), idstyle="gmail",
    note="Owner's forward; the forwarded completion holds three candidate IDs, none in his own text.")

# 036 manager's out-of-office auto-reply
add("ooo", dt("2025-05-22 12:31:40"), MGR, addr(ME_NAME_JA, G), "自動応答: Fwd: " + SUBJ_A,
    text("お問い合わせありがとうございます。\n5月22日(木)〜5月26日(月)は出張のため不在にしております。"
         "返信が遅れますことご了承ください。\nお急ぎの場合は infra-team@nishikaze-sys.co.jp までご連絡ください。\n\n"
         "佐藤 美咲\n", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), reply="fwdA", idstyle="outlook", subj_charset="iso-2022-jp",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    auth=(auth_gmail("nishikaze-sys.co.jp", "m-sato@nishikaze-sys.co.jp"), "m-sato@nishikaze-sys.co.jp", "mail.nishikaze-sys.co.jp"),
    note="Out-of-office reply carrying the case subject token.")

# 037 suspicious: real AWS From address, DKIM/DMARC fail
fake = ("Hello,\n\nAs part of your recent account merge, one benefit could not be transferred automatically: a 50% "
        "exam discount voucher. To release it to your new account we need you to confirm your identity and the "
        "payment card used for your last exam.\n\nConfirm here: https://aws-training-vouchers.support/claim?case="
        "174791191900217\n\nThe voucher will be forfeited if not claimed within 48 hours.\n\n"
        "AWS Training and Certification\n")
add("phish2", dt("2025-05-23 04:48:12", 0), TC, G,
    "RE:[CASE 174791191900217] Voucher transfer pending - action required",
    alt(text(fake), html("<html><body>" + para_html(fake) + "</body></html>"), key="phish2"),
    L("suspicious"),
    auth=(auth_gmail("amazon.com", "postmaster@mail-relay7.net", dkim="fail", spf="softfail", dmarc="fail"),
          "postmaster@mail-relay7.net", "mail-relay7.net"),
    idstyle="mail-relay7.net",
    note="Uses the genuine form sender and a case-shaped subject, but DKIM/SPF/DMARC fail.")

# 038 Japanese newsletter
jn = ("━━━━━━━━━━━━━━━━━━━━\n週刊クラウド通信 第204号\n━━━━━━━━━━━━━━━━━━━━\n\n"
      "■ 今週の話題\n・転職時にAWS認定を個人アカウントへ移す手順まとめ(読者投稿)\n"
      "・マルチアカウント運用で「ケース」をどう管理するか\n\n"
      "■ イベント\n・JAWS-UG 東京 6月勉強会 参加登録受付中(要確認: 定員80名)\n\n"
      "配信停止はこちら: https://cloud-tsushin.jp/unsubscribe\n")
add("news2", dt("2025-05-24 08:00:00"), addr("週刊クラウド通信", "mag@cloud-tsushin.jp"), G,
    "週刊クラウド通信 第204号 転職時の認定資格の移し方",
    alt(text(jn, cte="base64"), html("<html><body><pre>" + html_escape(jn) + "</pre></body></html>", cte="base64"),
        key="news2"),
    L("unrelated"),
    auth=(auth_gmail("cloud-tsushin.jp", "mag@cloud-tsushin.jp"), "mag@cloud-tsushin.jp", "smtp.cloud-tsushin.jp"),
    idstyle="cloud-tsushin.jp", extra=["List-Unsubscribe: <https://cloud-tsushin.jp/unsubscribe>"],
    note="Japanese newsletter about the very topic (cert account move).")

# 039 AWS Activate form case asks for documents (same sender family, other program)
act = ("Hello Takumi,\n\nThank you for applying to AWS Activate Founders for \"Hoshizora Labs\". To finish the "
       "review we need a link to the company's public website or a product page that shows the startup is "
       "active. Could you reply with that link?\n\nWithout it we cannot approve the credit package.\n\n"
       "Regards,\nAWS Activate Team\n")
add("activ", dt("2025-05-26 09:40:11", 0), addr("Amazon Web Services", "aws-cs-activate-form@amazon.com"), G,
    "RE:[CASE 174822135300962] [AWS Activate Form Submission] - application-status",
    text(act), L("unrelated"),
    auth=(auth_gmail("amazon.com", "0101019f5550@us-west-2.amazonses.com"), "0101019f5550@us-west-2.amazonses.com"),
    note="Same aws-cs-*-form family and [CASE] subject, asks a question, but AWS Activate, not T&C.")
