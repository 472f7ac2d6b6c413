from lib import *


def run():
    # 066 GitHub merged, personal repo
    gh = ('<p><a href="https://github.com/wsaegusa/dotfiles/pull/57">#57</a> merged into <code>main</code> by '
          'dependabot[bot].</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly or '
          '<a href="https://github.com/wsaegusa/dotfiles/pull/57">view it on GitHub</a>.</p>')
    emit("dependabot[bot] <notifications@github.com>", "wsaegusa/dotfiles <dotfiles@noreply.github.com>",
         "Re: [wsaegusa/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #57)", dt("2025-04-28 09:14"),
         alt(strip(gh), gh, seed="k1"), ("unrelated", False, None, []),
         mid_="<wsaegusa/dotfiles/pull/57/issue_event/88120@github.com>", cc=ME_P,
         irt="<wsaegusa/dotfiles/pull/57@github.com>", au=auth("github.com"))

    # 067 owner's farewell note (written by the owner, not about a case)
    o = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><div style="font-family:游ゴシック;font-size:11pt">'
         '<p>各位</p><p>三枝です。本日4月30日をもちまして退職いたします。在籍中は大変お世話になりました。</p>'
         '<p>今後のご連絡は個人アドレス(%s)までお願いいたします。AWS 認定の関係も個人アカウントへ移行済みです。</p>'
         '<p>皆さまのご活躍をお祈りしております。</p></div></body></html>\n' % ME_P)
    m = emit(a("三枝 航", ME_C), "dev-all@kobalt-sys.co.jp", "退職のご挨拶", dt("2025-04-30 15:05", 9),
             alt(strip(o), o, "iso-2022-jp", "7bit", seed="k2"), ("user_reply", False, None, []),
             mid_=mid("outlook", "k2"), cc=ME_P, scs="iso-2022-jp", extra=[("Thread-Topic", h("退職のご挨拶"))])

    # 068 out-of-office auto reply
    txt = ("三枝さん\n\n申し訳ありません、5月6日まで不在にしております。\n戻り次第ご連絡いたします。\n\n小林 誠\n")
    emit(a("小林 誠", "m-kobayashi@kobalt-sys.co.jp"), a("三枝 航", ME_C), "自動応答: 退職のご挨拶",
         dt("2025-04-30 15:06", 9), T(txt, "utf-8", "base64"), ("unrelated", False, None, []),
         mid_=mid("outlook", "k3"), irt=m, scs="utf-8",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # 069 recertification congratulations from CertMetrics
    inner = ('<p>Hello Wataru,</p><p>Congratulations on recertifying your <b>AWS Certified Developer - Associate</b>. '
             'Your new expiration date is May 9, 2028.</p>'
             + kv([("Candidate ID", "AWS04471932"), ("Recertified on", "2025-05-09")]) +
             '<p>Tell us how you prepared - it takes a minute: <a href="https://survey.certmetrics.com/aws/r/1130">'
             'recertification survey</a>.</p>')
    hm = page(card(inner, "AWS Certification"), "You have recertified")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P,
         "Congratulations on recertifying your AWS Certification!", dt("2025-05-12 16:20"),
         alt(strip(hm), hm, "utf-8", "base64", seed="k4"), ("certification", False, None, ["AWS04471932"]),
         mid_=mid("certmetrics.com", "k4"), au=auth("certmetrics.com"))
